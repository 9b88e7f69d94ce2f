package awss3deployment

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk"
)

// CacheControl is a value of the Cache-Control header of deployed objects.
type CacheControl interface {
	Value() interface{}
}

type cacheControl struct{ v string }

func (c *cacheControl) Value() interface{} { return c.v }

func CacheControl_MustRevalidate() CacheControl  { return &cacheControl{"must-revalidate"} }
func CacheControl_NoCache() CacheControl         { return &cacheControl{"no-cache"} }
func CacheControl_NoTransform() CacheControl     { return &cacheControl{"no-transform"} }
func CacheControl_NoStore() CacheControl         { return &cacheControl{"no-store"} }
func CacheControl_MustUnderstand() CacheControl  { return &cacheControl{"must-understand"} }
func CacheControl_SetPublic() CacheControl       { return &cacheControl{"public"} }
func CacheControl_SetPrivate() CacheControl      { return &cacheControl{"private"} }
func CacheControl_Immutable() CacheControl       { return &cacheControl{"immutable"} }
func CacheControl_ProxyRevalidate() CacheControl { return &cacheControl{"proxy-revalidate"} }

// CacheControl_MaxAge is max-age=<seconds>.
func CacheControl_MaxAge(t awscdk.Duration) CacheControl {
	return &cacheControl{"max-age=" + seconds(t)}
}

// CacheControl_SMaxAge is s-maxage=<seconds>.
func CacheControl_SMaxAge(t awscdk.Duration) CacheControl {
	return &cacheControl{"s-maxage=" + seconds(t)}
}

// CacheControl_StaleWhileRevalidate is stale-while-revalidate=<seconds>.
func CacheControl_StaleWhileRevalidate(t awscdk.Duration) CacheControl {
	return &cacheControl{"stale-while-revalidate=" + seconds(t)}
}

// CacheControl_StaleIfError is stale-if-error=<seconds>.
func CacheControl_StaleIfError(t awscdk.Duration) CacheControl {
	return &cacheControl{"stale-if-error=" + seconds(t)}
}

// CacheControl_FromString is any Cache-Control value.
func CacheControl_FromString(s *string) CacheControl { return &cacheControl{deref(s)} }

func seconds(t awscdk.Duration) string { return formatNumber(*t.ToSeconds(nil)) }

// ServerSideEncryption is how S3 encrypts the deployed objects.
type ServerSideEncryption string

const (
	ServerSideEncryption_AES_256      ServerSideEncryption = "AES_256"
	ServerSideEncryption_AWS_KMS      ServerSideEncryption = "AWS_KMS"
	ServerSideEncryption_AWS_KMS_DSSE ServerSideEncryption = "AWS_KMS_DSSE"
)

var serverSideEncryptionValues = map[ServerSideEncryption]string{
	ServerSideEncryption_AES_256: "AES256", ServerSideEncryption_AWS_KMS: "aws:kms", ServerSideEncryption_AWS_KMS_DSSE: "aws:kms:dsse",
}

// StorageClass is the storage class of the deployed objects.
type StorageClass string

const (
	StorageClass_STANDARD            StorageClass = "STANDARD"
	StorageClass_REDUCED_REDUNDANCY  StorageClass = "REDUCED_REDUNDANCY"
	StorageClass_STANDARD_IA         StorageClass = "STANDARD_IA"
	StorageClass_ONEZONE_IA          StorageClass = "ONEZONE_IA"
	StorageClass_INTELLIGENT_TIERING StorageClass = "INTELLIGENT_TIERING"
	StorageClass_GLACIER             StorageClass = "GLACIER"
	StorageClass_DEEP_ARCHIVE        StorageClass = "DEEP_ARCHIVE"
)

// MarkerEncoding is how a deploy-time value replaces its marker in a file.
type MarkerEncoding string

const (
	MarkerEncoding_LITERAL             MarkerEncoding = "LITERAL"
	MarkerEncoding_UNQUOTED_JSON_VALUE MarkerEncoding = "UNQUOTED_JSON_VALUE"
	MarkerEncoding_JSON_VALUE          MarkerEncoding = "JSON_VALUE"
	MarkerEncoding_YAML_STRING         MarkerEncoding = "YAML_STRING"
)

// kebab turns "PublicRead" into "public-read", as aws-cdk-lib's case.kebab
// does for the canned ACL names.
func kebab(s string) string {
	var b strings.Builder
	for i, r := range s {
		if r >= 'A' && r <= 'Z' {
			if i > 0 {
				b.WriteByte('-')
			}
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}
