-- Opens one article in headless Neovim, attaches the corroborate language server over stdio, waits
-- for its format/missing-date diagnostic, asks for a hover at it, and writes what came back as JSON.
-- Works on Debian's Neovim 0.7 (vim.lsp.start_client + buf_attach_client) and on 0.8+ (vim.lsp.start).
-- Usage: nvim --headless --clean -u NONE -c "luafile lsp-check.lua"
-- env: SERVER (dist/server.js), FILE (the article), OUT (the JSON file), NODE, TIMEOUT_MS
local server = assert(os.getenv('SERVER'), 'set SERVER')
local file = assert(os.getenv('FILE'), 'set FILE')
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

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
vim.bo[bufnr].filetype = 'dated-article'

local config = {
  name = 'corroborate',
  cmd = { node, server, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':p:h'),
}
local client_id
if vim.lsp.start then
  client_id = vim.lsp.start(config, { bufnr = bufnr })
else
  client_id = vim.lsp.start_client(config)
  vim.lsp.buf_attach_client(bufnr, client_id)
end

local function find_missing_date()
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == 'format/missing-date' then return d end
  end
end

local got = vim.wait(timeout_ms, function() return find_missing_date() ~= nil end, 50)
local diagnostics_ms = elapsed_ms()

local diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  table.insert(diagnostics, {
    lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
    severity = d.severity, code = d.code, source = d.source, message = d.message,
  })
end

-- A hover at the missing-date diagnostic. A server without a hover provider answers nothing (or an
-- error): that is recorded, and the checker decides how strict to be.
local hover, hover_error = vim.NIL, vim.NIL
local target = find_missing_date()
if target then
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    position = { line = target.lnum, character = target.col },
  }
  local client = vim.lsp.get_client_by_id(client_id)
  local ok, response = pcall(function() return client.request_sync('textDocument/hover', params, timeout_ms, bufnr) end)
  if not ok then
    hover_error = tostring(response)
  elseif response and response.err then
    hover_error = response.err.message or vim.fn.json_encode(response.err)
  elseif response and response.result and response.result.contents then
    local contents = response.result.contents
    hover = type(contents) == 'table' and (contents.value or vim.fn.json_encode(contents)) or tostring(contents)
  end
end

local client = vim.lsp.get_client_by_id(client_id)
write_result({
  nvim = string.format('%d.%d.%d', vim.version().major, vim.version().minor, vim.version().patch),
  waited = got,
  diagnostics_ms = diagnostics_ms,
  server = client and client.server_capabilities and { hoverProvider = client.server_capabilities.hoverProvider or false } or vim.NIL,
  diagnostics = diagnostics,
  hover = hover,
  hover_error = hover_error,
})
vim.lsp.stop_client(client_id, true)
vim.cmd(got and 'qa!' or 'cq!')
