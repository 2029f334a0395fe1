package main

// sampleLog is what logstat reads when it is given no file.
const sampleLog = `# a small access log
192.168.1.10 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326
192.168.1.11 - - [10/Oct/2023:13:56:01 +0000] "GET /about.html HTTP/1.1" 200 1520
192.168.1.10 - - [10/Oct/2023:13:57:12 +0000] "GET /images/logo.png HTTP/1.1" 200 10240
10.0.0.5 - alice [10/Oct/2023:14:01:44 +0000] "POST /api/login HTTP/1.1" 302 -
10.0.0.5 - alice [10/Oct/2023:14:01:45 +0000] "GET /dashboard?tab=home HTTP/1.1" 200 8812
203.0.113.7 - - [10/Oct/2023:14:03:09 +0000] "GET /wp-login.php HTTP/1.1" 404 162
203.0.113.7 - - [10/Oct/2023:14:03:10 +0000] "GET /admin HTTP/1.1" 404 162
203.0.113.7 - - [10/Oct/2023:14:03:11 +0000] "GET /.env HTTP/1.1" 404 162
192.168.1.12 - - [10/Oct/2023:14:10:00 +0000] "GET /index.html HTTP/1.1" 200 2326
this line is not a log entry
10.0.0.5 - alice [10/Oct/2023:14:15:21 +0000] "GET /api/items?page=2 HTTP/1.1" 200 4096
10.0.0.6 - bob [10/Oct/2023:14:20:02 +0000] "DELETE /api/items/7 HTTP/1.1" 500 73
192.168.1.10 - - [10/Oct/2023:15:02:33 +0000] "GET /index.html HTTP/1.1" 304 0
10.0.0.6 - bob [10/Oct/2023:15:05:00 +0000] "GET /api/items?page=1 HTTP/1.1" 200 4096
`
