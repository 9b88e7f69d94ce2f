// Package s3notifications holds the code of the Lambda function behind
// awss3's Custom::S3BucketNotifications resources. The function is inlined
// into the template (Code.ZipFile), so its source is part of the template
// and differs from aws-cdk-lib's there and nowhere else.
package s3notifications

import (
	_ "embed"
	"regexp"
)

//go:embed index.py
var source string

// commentLine matches a line that is only a comment; such lines are left
// out of the inlined code, as aws-cdk-lib leaves out its handler's.
var commentLine = regexp.MustCompile(`(?m)^ *#.*\n?`)

// Inline returns the handler's Python source as it goes into the template.
func Inline() string { return commentLine.ReplaceAllString(source, "") }
