// Package cwunit names CloudWatch units as templates write them: the Go
// enum value "BYTES_PER_SECOND" is CloudWatch's "Bytes/Second". The
// awscloudwatch L2 and the packages that put a unit into another
// resource's properties (log metric filters) share it.
package cwunit

import "strings"

// Name is the CloudWatch name of an awscloudwatch.Unit value ("" stays "").
func Name(u string) string {
	if u == "" {
		return ""
	}
	per := strings.HasSuffix(u, "_PER_SECOND")
	u = strings.TrimSuffix(u, "_PER_SECOND")
	u = u[:1] + strings.ToLower(u[1:])
	if per {
		u += "/Second"
	}
	return u
}
