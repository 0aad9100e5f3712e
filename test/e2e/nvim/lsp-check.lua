-- Opens seed articles in headless Neovim, attaches the corroborate language server over stdio,
-- and writes what came back as JSON:
--   FILE   (headerless 004): waits for its format/missing-date diagnostic and asks for a hover there;
--   FILE2  (002, optional): waits for a claim/conflicting diagnostic whose message contains NEEDLE2
--          (the server reads the whole folder first, so the conflict arrives once it is indexed),
--          keeps its related information, and asks for a hover on the claim.
-- Works on Debian's Neovim 0.7 (vim.lsp.start_client + buf_attach_client) and on 0.8+ (vim.lsp.start).
-- Usage: nvim --headless --clean -u NONE -c "luafile lsp-check.lua"
-- env: SERVER (dist/server.js), FILE, FILE2, NEEDLE2, OUT (the JSON file), NODE, TIMEOUT_MS
local server = assert(os.getenv('SERVER'), 'set SERVER')
local file = assert(os.getenv('FILE'), 'set FILE')
local file2 = os.getenv('FILE2')
local needle2 = os.getenv('NEEDLE2') or ''
local out_path = assert(os.getenv('OUT'), 'set OUT')
local node = os.getenv('NODE') or 'node'
local timeout_ms = tonumber(os.getenv('TIMEOUT_MS') or '30000')

local function write_result(result)
  local handle = assert(io.open(out_path, 'w'))
  handle:write(vim.fn.json_encode(result))
  handle:close()
end

local started = vim.loop.hrtime()
local function elapsed_ms() return math.floor((vim.loop.hrtime() - started) / 1e6) end

local config = {
  name = 'corroborate',
  cmd = { node, server, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':p:h'),
}
local client_id

-- Opens a file in a buffer of its own and attaches the (one) client to it.
local function open(path)
  vim.cmd('edit ' .. vim.fn.fnameescape(path))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'dated-article'
  if vim.lsp.start then
    client_id = vim.lsp.start(config, { bufnr = bufnr })
  else
    client_id = client_id or vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(bufnr, client_id)
  end
  return bufnr
end

local function find(bufnr, accept)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if accept(d) then return d end
  end
end

-- The diagnostics of a buffer as plain data; the LSP fields Neovim keeps aside (related
-- information) come from user_data.lsp.
local function diagnostics_of(bufnr)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = (d.user_data and d.user_data.lsp) or {}
    local related = {}
    for _, r in ipairs(lsp.relatedInformation or {}) do
      table.insert(related, { uri = r.location.uri, line = r.location.range.start.line, message = r.message })
    end
    table.insert(list, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, code = d.code, source = d.source, message = d.message, related = related,
    })
  end
  return list
end

-- A hover at a diagnostic. A server without a hover provider answers nothing (or an error): that
-- is recorded, and the checker decides how strict to be.
local function hover_at(bufnr, d)
  if not d then return vim.NIL, vim.NIL end
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    position = { line = d.lnum, character = d.col },
  }
  local client = vim.lsp.get_client_by_id(client_id)
  local ok, response = pcall(function() return client.request_sync('textDocument/hover', params, timeout_ms, bufnr) end)
  if not ok then return vim.NIL, tostring(response) end
  if response and response.err then return vim.NIL, response.err.message or vim.fn.json_encode(response.err) end
  if response and response.result and response.result.contents then
    local contents = response.result.contents
    return type(contents) == 'table' and (contents.value or vim.fn.json_encode(contents)) or tostring(contents), vim.NIL
  end
  return vim.NIL, vim.NIL
end

local bufnr = open(file)
local is_missing = function(d) return d.code == 'format/missing-date' end
local got = vim.wait(timeout_ms, function() return find(bufnr, is_missing) ~= nil end, 50)
local diagnostics_ms = elapsed_ms()
local hover, hover_error = hover_at(bufnr, find(bufnr, is_missing))

local second = vim.NIL
if file2 then
  local bufnr2 = open(file2)
  local is_conflict = function(d) return d.code == 'claim/conflicting' and string.find(d.message, needle2, 1, true) ~= nil end
  local got2 = vim.wait(timeout_ms, function() return find(bufnr2, is_conflict) ~= nil end, 50)
  local hover2, hover2_error = hover_at(bufnr2, find(bufnr2, is_conflict))
  second = {
    file = file2, waited = got2, diagnostics_ms = elapsed_ms(),
    diagnostics = diagnostics_of(bufnr2), hover = hover2, hover_error = hover2_error,
  }
end
local all_arrived = got and (second == vim.NIL or second.waited)

local client = vim.lsp.get_client_by_id(client_id)
write_result({
  nvim = string.format('%d.%d.%d', vim.version().major, vim.version().minor, vim.version().patch),
  waited = got,
  diagnostics_ms = diagnostics_ms,
  server = client and client.server_capabilities and { hoverProvider = client.server_capabilities.hoverProvider or false } or vim.NIL,
  diagnostics = diagnostics_of(bufnr),
  hover = hover,
  hover_error = hover_error,
  second = second,
})
vim.lsp.stop_client(client_id, true)
vim.cmd(all_arrived and 'qa!' or 'cq!')
