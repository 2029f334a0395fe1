// A recursive pretty-printer over nested interface{} values (maps, slices, scalars) with a type switch.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func pretty(v interface{}, indent int, sb *strings.Builder) {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case map[string]interface{}:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteString("{\n")
		for _, k := range keys {
			fmt.Fprintf(sb, "%s  %q: ", pad, k)
			pretty(x[k], indent+1, sb)
			sb.WriteString(",\n")
		}
		sb.WriteString(pad + "}")
	case []interface{}:
		sb.WriteString("[")
		for i, e := range x {
			if i > 0 {
				sb.WriteString(", ")
			}
			pretty(e, indent, sb)
		}
		sb.WriteString("]")
	case string:
		fmt.Fprintf(sb, "%q", x)
	case nil:
		sb.WriteString("null")
	default:
		fmt.Fprint(sb, x)
	}
}

func main() {
	doc := map[string]interface{}{
		"name":    "golc",
		"version": 1.5,
		"tags":    []interface{}{"go", "jvm", 42, true, nil},
		"owner": map[string]interface{}{
			"team":  "infra",
			"size":  7,
			"langs": []interface{}{"Go", "Java"},
		},
	}
	var sb strings.Builder
	pretty(doc, 0, &sb)
	fmt.Println(sb.String())
}
