// Package log implements a simple logging package, as Go's package log: a
// Logger writes lines with an optional prefix, date, time and source position
// to an io.Writer; the standard logger writes to standard error.
package log

import (
	"fmt"
	"io"
	"os"
)

// Flags select what the header of each line holds.
const (
	Ldate         = 1 << iota     // the date in the local time zone: 2009/01/23
	Ltime                         // the time in the local time zone: 01:23:23
	Lmicroseconds                 // microsecond resolution: 01:23:23.123123; assumes Ltime
	Llongfile                     // full file name and line number: /a/b/c/d.go:23
	Lshortfile                    // final file name element and line number: d.go:23; overrides Llongfile
	LUTC                          // if Ldate or Ltime is set, use UTC rather than the local time zone
	Lmsgprefix                    // move the "prefix" from the beginning of the line to before the message
	LstdFlags     = Ldate | Ltime // initial values for the standard logger
)

// A Logger represents an active logging object that generates lines of output to an io.Writer.
type Logger struct {
	prefix string
	flag   int
	out    io.Writer
}

// New creates a new Logger. The prefix appears at the beginning of each generated log line,
// or after the log header if the Lmsgprefix flag is provided. The flag argument defines the
// logging properties.
func New(out io.Writer, prefix string, flag int) *Logger {
	return &Logger{out: out, prefix: prefix, flag: flag}
}

// SetOutput sets the output destination for the logger.
func (l *Logger) SetOutput(w io.Writer) {
	l.out = w
}

var std = New(os.Stderr, "", LstdFlags)

// Default returns the standard logger used by the package-level output functions.
func Default() *Logger { return std }

func itoa(buf *[]byte, i int, wid int) {
	// Assemble decimal in reverse order.
	var b [20]byte
	bp := len(b) - 1
	for i >= 10 || wid > 1 {
		wid--
		q := i / 10
		b[bp] = byte('0' + i - q*10)
		bp--
		i = q
	}
	// i < 10
	b[bp] = byte('0' + i)
	*buf = append(*buf, b[bp:]...)
}

// formatHeader writes the log header: prefix, date, time, file and line as the flags ask.
func (l *Logger) formatHeader(buf *[]byte, file string, line int) {
	if l.flag&Lmsgprefix == 0 {
		*buf = append(*buf, l.prefix...)
	}
	if l.flag&(Ldate|Ltime|Lmicroseconds) != 0 {
		year, month, day, hour, min, sec, micro := now(l.flag&LUTC != 0)
		if l.flag&Ldate != 0 {
			itoa(buf, year, 4)
			*buf = append(*buf, '/')
			itoa(buf, month, 2)
			*buf = append(*buf, '/')
			itoa(buf, day, 2)
			*buf = append(*buf, ' ')
		}
		if l.flag&(Ltime|Lmicroseconds) != 0 {
			itoa(buf, hour, 2)
			*buf = append(*buf, ':')
			itoa(buf, min, 2)
			*buf = append(*buf, ':')
			itoa(buf, sec, 2)
			if l.flag&Lmicroseconds != 0 {
				*buf = append(*buf, '.')
				itoa(buf, micro, 6)
			}
			*buf = append(*buf, ' ')
		}
	}
	if l.flag&(Lshortfile|Llongfile) != 0 {
		if l.flag&Lshortfile != 0 {
			short := file
			for i := len(file) - 1; i > 0; i-- {
				if file[i] == '/' {
					short = file[i+1:]
					break
				}
			}
			file = short
		}
		*buf = append(*buf, file...)
		*buf = append(*buf, ':')
		itoa(buf, line, -1)
		*buf = append(*buf, ": "...)
	}
	if l.flag&Lmsgprefix != 0 {
		*buf = append(*buf, l.prefix...)
	}
}

// Output writes the output for a logging event. The string s contains the text to print after
// the header; a newline is appended if missing. Calldepth is the count of frames to skip when
// computing the file name and line number if Llongfile or Lshortfile is set; a value of 1 will
// print the details for the caller of Output.
func (l *Logger) Output(calldepth int, s string) error {
	var file string
	var line int
	if l.flag&(Lshortfile|Llongfile) != 0 {
		var ok bool
		file, line, ok = caller(calldepth)
		if !ok {
			file = "???"
			line = 0
		}
	}
	var buf []byte
	l.formatHeader(&buf, file, line)
	buf = append(buf, s...)
	if len(s) == 0 || s[len(s)-1] != '\n' {
		buf = append(buf, '\n')
	}
	_, err := l.out.Write(buf)
	return err
}

// Printf calls l.Output to print to the logger. Arguments are handled in the manner of fmt.Printf.
func (l *Logger) Printf(format string, v ...any) {
	l.Output(2, fmt.Sprintf(format, v...))
}

// Print calls l.Output to print to the logger. Arguments are handled in the manner of fmt.Print.
func (l *Logger) Print(v ...any) { l.Output(2, fmt.Sprint(v...)) }

// Println calls l.Output to print to the logger. Arguments are handled in the manner of fmt.Println.
func (l *Logger) Println(v ...any) { l.Output(2, fmt.Sprintln(v...)) }

// Fatal is equivalent to l.Print() followed by a call to os.Exit(1).
func (l *Logger) Fatal(v ...any) {
	l.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

// Fatalf is equivalent to l.Printf() followed by a call to os.Exit(1).
func (l *Logger) Fatalf(format string, v ...any) {
	l.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

// Fatalln is equivalent to l.Println() followed by a call to os.Exit(1).
func (l *Logger) Fatalln(v ...any) {
	l.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

// Panic is equivalent to l.Print() followed by a call to panic().
func (l *Logger) Panic(v ...any) {
	s := fmt.Sprint(v...)
	l.Output(2, s)
	panic(s)
}

// Panicf is equivalent to l.Printf() followed by a call to panic().
func (l *Logger) Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	l.Output(2, s)
	panic(s)
}

// Panicln is equivalent to l.Println() followed by a call to panic().
func (l *Logger) Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	l.Output(2, s)
	panic(s)
}

// Flags returns the output flags for the logger.
func (l *Logger) Flags() int { return l.flag }

// SetFlags sets the output flags for the logger.
func (l *Logger) SetFlags(flag int) { l.flag = flag }

// Prefix returns the output prefix for the logger.
func (l *Logger) Prefix() string { return l.prefix }

// SetPrefix sets the output prefix for the logger.
func (l *Logger) SetPrefix(prefix string) { l.prefix = prefix }

// Writer returns the output destination for the logger.
func (l *Logger) Writer() io.Writer { return l.out }

// SetOutput sets the output destination for the standard logger.
func SetOutput(w io.Writer) { std.SetOutput(w) }

// Flags returns the output flags for the standard logger.
func Flags() int { return std.Flags() }

// SetFlags sets the output flags for the standard logger.
func SetFlags(flag int) { std.SetFlags(flag) }

// Prefix returns the output prefix for the standard logger.
func Prefix() string { return std.Prefix() }

// SetPrefix sets the output prefix for the standard logger.
func SetPrefix(prefix string) { std.SetPrefix(prefix) }

// Writer returns the output destination for the standard logger.
func Writer() io.Writer { return std.Writer() }

// Print calls Output to print to the standard logger, in the manner of fmt.Print.
func Print(v ...any) { std.Output(2, fmt.Sprint(v...)) }

// Printf calls Output to print to the standard logger, in the manner of fmt.Printf.
func Printf(format string, v ...any) { std.Output(2, fmt.Sprintf(format, v...)) }

// Println calls Output to print to the standard logger, in the manner of fmt.Println.
func Println(v ...any) { std.Output(2, fmt.Sprintln(v...)) }

// Fatal is equivalent to Print() followed by a call to os.Exit(1).
func Fatal(v ...any) {
	std.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

// Fatalf is equivalent to Printf() followed by a call to os.Exit(1).
func Fatalf(format string, v ...any) {
	std.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

// Fatalln is equivalent to Println() followed by a call to os.Exit(1).
func Fatalln(v ...any) {
	std.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

// Panic is equivalent to Print() followed by a call to panic().
func Panic(v ...any) {
	s := fmt.Sprint(v...)
	std.Output(2, s)
	panic(s)
}

// Panicf is equivalent to Printf() followed by a call to panic().
func Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	std.Output(2, s)
	panic(s)
}

// Panicln is equivalent to Println() followed by a call to panic().
func Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	std.Output(2, s)
	panic(s)
}

// Output writes the output for a logging event to the standard logger (calldepth as Logger.Output).
func Output(calldepth int, s string) error {
	return std.Output(calldepth+1, s)
}
