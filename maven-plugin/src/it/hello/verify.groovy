// The jar runs and behaves like the Go program (output and exit status as 'go run' gives them).
def jar = new File(basedir, 'target/hello-1.0-go.jar')
assert jar.isFile() : "missing $jar"
def java = new File(System.getProperty('java.home'), 'bin/java').path
def p = [java, '-jar', jar.path].execute()
def out = new StringBuilder(), err = new StringBuilder()
p.waitForProcessOutput(out, err)
assert out.toString() == 'dog,fox,the,the,lazy,over,brown,jumps,quick\n9 words, "hello from Maven"\n'
assert err.toString() == ''
assert p.exitValue() == 7
