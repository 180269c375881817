"""The breach log (Art. 33(5)): every personal data breach, the 72-hour clock and the notifications."""
