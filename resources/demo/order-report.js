// A small "order report" program: loads a config, parses orders, prices them, renders a report.
function loadConfig() {
  const text = JSON.stringify({ currency: "EUR", taxes: Array.from({ length: 2000 }, (_, i) => ({ region: "r" + i, rate: (i % 25) / 100 })) });
  let cfg;
  for (let i = 0; i < 200; i++) cfg = parseJson(text);
  return cfg;
}
function parseJson(text) { return JSON.parse(text); }
function makeOrders(n) {
  const orders = [];
  for (let i = 0; i < n; i++) orders.push({ id: i, region: "r" + (i % 2000), items: Array.from({ length: 1 + (i % 7) }, (_, j) => ({ sku: "sku-" + ((i * 31 + j) % 997), qty: 1 + (j % 3), price: 3 + ((i + j) % 40) })) });
  return orders;
}
function taxRate(cfg, region) { return cfg.taxes.find(t => t.region === region).rate; }
function priceOrder(cfg, order) {
  let total = 0;
  for (const item of order.items) total += item.qty * item.price;
  return total * (1 + taxRate(cfg, order.region));
}
function formatMoney(v) { return v.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ",") + " EUR"; }
function renderReport(orders, totals) {
  let html = "<table>";
  for (let i = 0; i < orders.length; i++) html += "<tr><td>" + orders[i].id + "</td><td>" + formatMoney(totals[i]) + "</td></tr>";
  return html + "</table>";
}
function checksum(s) { let h = 0; for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0; return h; }
function main() {
  const cfg = loadConfig();
  const orders = makeOrders(150000);
  const totals = orders.map(o => priceOrder(cfg, o));
  let out = "";
  for (let k = 0; k < 3; k++) out = renderReport(orders, totals);
  console.log("report", out.length, checksum(out));
}
main();
