// Copied from Go 1.19 src/path/filepath/symlink_unix.go (BSD license, see golc/std/LICENSE-go).

//go:build !windows && !plan9

package filepath

func evalSymlinks(path string) (string, error) {
	return walkSymlinks(path)
}
