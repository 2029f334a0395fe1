// Go's diagnostics appear as Maven errors (file:line:col: msg); no Java stack trace; no jar.
def log = new File(basedir, 'build.log').text
def main = new File(basedir, 'src/main/go/main.go').canonicalPath
assert log.contains("[ERROR] $main:6:14: undefined: undefinedName\n") : log
assert log.contains("[ERROR] $main:7:14: cannot use \"seven\" (untyped string constant) as int value in variable declaration\n") : log
assert log.contains('Go compilation failed') : log
assert !log.contains('\tat ') : "stack trace in the log:\n$log"
assert !new File(basedir, 'target/go-errors-1.0-go.jar').exists()
