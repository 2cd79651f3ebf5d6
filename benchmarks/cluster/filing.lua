-- wrk: POST a new disclosure request (the demo organ) on every call
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json; charset=UTF-8"
wrk.body = '{"organ":"000014349","applicant":{"type":"NATURAL_PERSON","name":"基准","idType":"ID_CARD",'
  .. '"idNumber":"110101199003070011","phone":"13800138000","address":"长沙市岳麓区麓山南路1号"},'
  .. '"description":"集群基准：请公开本机关2025年政府信息公开工作年度报告","docNo":null,'
  .. '"delivery":{"form":"ELECTRONIC","method":"ONLINE"}}'
