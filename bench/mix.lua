-- A mix of pages, API calls and exports, in both languages, picked in turn by each connection.
local paths = {
  "/", "/?lang=zh", "/?venue=star", "/?venue=hkex&venue=unlisted&lang=zh",
  "/companies/moore-threads", "/companies/metax?lang=zh", "/companies/biren", "/companies/enflame?lang=zh",
  "/compare", "/compare?c=metax&c=biren&lang=zh", "/compare?sort=revenue@2024&dir=desc", "/sources",
  "/api/v1/companies", "/api/v1/companies/metax", "/api/v1/figures?company=biren",
  "/api/v1/compare?c=moore-threads&c=metax", "/figures.csv", "/compare.csv?c=metax&c=biren"
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], { ["Accept-Encoding"] = "gzip" })
end
