// Small behaviours the templates ask for with data attributes (no inline scripts: the CSP forbids them).
document.addEventListener("click", (event) => {
  if (event.target.closest("[data-print]")) {
    window.print();
  }
});
document.addEventListener("submit", (event) => {
  const question = event.target.dataset.confirm;
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});

// A switch that chooses between parts of a form: data-shows and data-hides name them (CSS selectors).
// Without scripts every part stays visible and the server decides what counts.
function applySwitch(input) {
  const toggle = (selector, hide) => {
    if (selector) document.querySelectorAll(selector).forEach((part) => { part.hidden = hide; });
  };
  toggle(input.dataset.shows, !input.checked);
  toggle(input.dataset.hides, input.checked);
}
const SWITCHES = "input[data-shows], input[data-hides]";
document.querySelectorAll(SWITCHES).forEach(applySwitch);
document.addEventListener("change", (event) => {
  if (event.target.matches(SWITCHES)) {
    applySwitch(event.target);
  }
});

// New register: choosing a template names the register after it, unless the user has typed a name.
document.addEventListener("change", (event) => {
  const choice = event.target;
  if (choice.name !== "template" || !choice.form) {
    return;
  }
  const name = choice.form.querySelector("input[data-template-titles]");
  const titles = JSON.parse(name.dataset.templateTitles);
  if (name.value.trim() === "" || Object.values(titles).includes(name.value)) {
    name.value = titles[choice.value] || "";
  }
});

// Text boxes marked data-grow get taller as the text grows (browsers without CSS field-sizing).
if (!CSS.supports("field-sizing", "content")) {
  const grow = (box) => {
    box.style.height = "auto";
    box.style.height = `${box.scrollHeight + 2}px`;
  };
  document.querySelectorAll("textarea[data-grow]").forEach(grow);
  document.addEventListener("input", (event) => {
    if (event.target.matches("textarea[data-grow]")) {
      grow(event.target);
    }
  });
}
