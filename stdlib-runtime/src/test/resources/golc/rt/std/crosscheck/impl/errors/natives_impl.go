package errors

import "reflect"

func comparableValue(v any) bool { return reflect.TypeOf(v).Comparable() }
func checkTarget(target any) int {
	v := reflect.ValueOf(target)
	if v.Kind() != reflect.Ptr || v.IsNil() {
		return 1
	}
	e := v.Type().Elem()
	if e.Kind() != reflect.Interface && !e.Implements(reflect.TypeOf((*error)(nil)).Elem()) {
		return 2
	}
	return 0
}
func assignTo(err error, target any) bool {
	v := reflect.ValueOf(target)
	if reflect.TypeOf(err).AssignableTo(v.Type().Elem()) {
		v.Elem().Set(reflect.ValueOf(err))
		return true
	}
	return false
}
