-- For bench/bench_load.py: the realistic mix of many logged-in users, driven by wrk.
--
-- Every wrk thread takes its own share of the users listed in the file given after `--` (one user a
-- line, tab-separated, written by bench_load.py: session cookie, CSRF cookie, organisation, the register read and downloaded, the register edited, API token, public notice
-- path, the edit form's fields url-encoded). Each request picks a user and a kind by weight.
--
-- An edit is what a browser does: a GET of the section form, then its POST with the revision read from
-- that form. The form's answer is recognised by its revision field and the register number in it;
-- the POST's answer is a redirect to that register's page (its Location). A POST answered with the form
-- again (a conflict or an invalid form) is a failed edit, counted with the errors.
--
-- Errors: every answer other than 2xx or 3xx, a redirect to the login page, and the failed edits.

local WEIGHTS = {
  {"dashboard", 20}, {"register page", 30}, {"systems list", 10}, {"API register list", 10},
  {"public notice", 5}, {"DOCX download", 6}, {"PDF download", 2}, {"edit", 8},
}
local EDIT_SECTION = "consent"
local STUCK_AFTER = 3000  -- responses of this thread after which an unanswered edit counts as failed

local threads = {}

function setup(thread)
  thread:set("thread_index", #threads)
  table.insert(threads, thread)
end

local function split(line)
  local fields = {}
  for field in (line .. "\t"):gmatch("([^\t]*)\t") do table.insert(fields, field) end
  return fields
end

function init(args)  -- args: the users' file, the number of wrk threads, optionally the one kind to send
  local thread_count = tonumber(args[2])
  if args[3] then
    for _, w in ipairs(WEIGHTS) do
      if w[1] ~= args[3] then w[2] = 0 end
    end
  end
  users, by_register = {}, {}
  local index = 0
  for line in io.lines(args[1]) do
    if index % thread_count == thread_index then
      local f = split(line)
      local user = {
        cookie = "sessionid=" .. f[1] .. "; csrftoken=" .. f[2], org = f[3], reg = f[4], edit_reg = f[5],
        token = f[6], notice = f[7], form = f[8], state = "idle", since = 0,
      }
      table.insert(users, user)
      by_register[user.edit_reg] = user
    end
    index = index + 1
  end
  total_weight = 0
  for _, w in ipairs(WEIGHTS) do total_weight = total_weight + w[2] end
  sent, errors, pending = {}, {}, {}
  edits_saved, edits_failed, edit_number, responses = 0, 0, 0, 0
  math.randomseed(1000 + thread_index)
end

local function pick_kind()
  local r = math.random() * total_weight
  for _, w in ipairs(WEIGHTS) do
    r = r - w[2]
    if r <= 0 then return w[1] end
  end
  return WEIGHTS[1][1]
end

local function count(tbl, key)
  tbl[key] = (tbl[key] or 0) + 1
end

local function get(kind, path, headers)
  count(sent, kind)
  return wrk.format("GET", path, headers)
end

function request()
  local post = table.remove(pending, 1)
  if post then  -- a form this thread read: its POST goes first
    count(sent, "edit (POST)")
    return post
  end
  local user = users[math.random(#users)]
  local kind = pick_kind()
  if kind == "edit" and user.state ~= "idle" then
    kind = "register page"  -- this user is in the middle of an edit already
  end
  local org = "/organizations/" .. user.org
  local browser = {Cookie = user.cookie}
  if kind == "dashboard" then
    return get(kind, org .. "/", browser)
  elseif kind == "register page" then
    return get(kind, org .. "/registers/" .. user.reg .. "/", browser)
  elseif kind == "systems list" then
    return get(kind, org .. "/systems/", browser)
  elseif kind == "API register list" then
    return get(kind, "/api/v1" .. org .. "/registers", {Authorization = "Bearer " .. user.token})
  elseif kind == "public notice" then
    return get(kind, user.notice, {})
  elseif kind == "DOCX download" then
    return get(kind, org .. "/registers/" .. user.reg .. "/documents/tietosuojaseloste.docx", browser)
  elseif kind == "PDF download" then
    return get(kind, org .. "/registers/" .. user.reg .. "/documents/tietosuojaseloste.pdf", browser)
  end
  user.state, user.since = "form requested", responses
  return get("edit (GET form)", org .. "/registers/" .. user.edit_reg .. "/edit/" .. EDIT_SECTION .. "/", browser)
end

local function post_for(user, revision)
  edit_number = edit_number + 1
  local body = user.form:gsub("__REVISION__", revision):gsub("__NUMBER__", thread_index .. "-" .. edit_number)
  local path = "/organizations/" .. user.org .. "/registers/" .. user.edit_reg .. "/edit/" .. EDIT_SECTION .. "/"
  return wrk.format("POST", path, {
    Cookie = user.cookie,
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }, body)  -- the form's own fields, its CSRF token among them
end

function response(status, headers, body)
  responses = responses + 1
  if status < 200 or status >= 400 then
    count(errors, "HTTP " .. status)
  end
  local location = headers["Location"] or headers["location"]
  if location and location:find("/accounts/login/", 1, true) then
    count(errors, "redirect to login")
  end
  if location then  -- the answer to an edit's POST: the register's page
    local saved = location:match("/registers/(%d+)/#" .. EDIT_SECTION .. "$")
    local user = saved and by_register[saved]
    if user and user.state == "posted" then
      edits_saved, user.state = edits_saved + 1, "idle"
    end
  elseif status == 200 and body and body:find('name="based_on_revision"', 1, true) then
    local revision = body:match('name="based_on_revision" value="(%d+)"')
    local register = body:match('/registers/(%d+)/edit/' .. EDIT_SECTION .. '/')
      or body:match('/registers/(%d+)/')
    local user = register and by_register[register]
    if user and user.state == "form requested" and revision then
      user.state, user.since = "posted", responses
      table.insert(pending, post_for(user, revision))
    elseif user and user.state == "posted" then  -- the form again: a conflict or an invalid form
      edits_failed, user.state = edits_failed + 1, "idle"
      count(errors, "edit not saved")
    end
  end
  for _, user in ipairs(users) do
    if user.state ~= "idle" and responses - user.since > STUCK_AFTER then
      edits_failed, user.state = edits_failed + 1, "idle"
      count(errors, "edit unanswered")
    end
  end
end

local function json_counts(tables, name)
  local merged = {}
  for _, thread in ipairs(tables) do
    for key, value in pairs(thread:get(name) or {}) do merged[key] = (merged[key] or 0) + value end
  end
  local parts = {}
  for key, value in pairs(merged) do table.insert(parts, string.format('"%s": %d', key, value)) end
  return "{" .. table.concat(parts, ", ") .. "}"
end

function done(summary, latency, requests)
  local saved, failed = 0, 0
  for _, thread in ipairs(threads) do
    saved = saved + thread:get("edits_saved")
    failed = failed + thread:get("edits_failed")
  end
  local e = summary.errors
  io.write(string.format(
    'WRK {"requests": %d, "duration_us": %d, "socket_errors": %d, "p50_us": %d, "p95_us": %d, ' ..
    '"p99_us": %d, "max_us": %d, "edits_saved": %d, "edits_failed": %d, "sent": %s, "errors": %s}\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max,
    saved, failed, json_counts(threads, "sent"), json_counts(threads, "errors")))
end
