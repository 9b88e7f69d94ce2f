package awss3

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/diag"
)

// maxBucketNamePrefixLength is the longest bucketNamePrefix S3 accepts for
// an account-regional name (the rest of the 63 characters is the suffix S3
// appends).
const maxBucketNamePrefixLength = 37

var (
	illegalChars       = regexp.MustCompile(`[^a-z0-9.-]`)
	illegalLegacyChars = regexp.MustCompile(`[^A-Za-z0-9._-]`)
	edgeChar           = regexp.MustCompile(`[a-z0-9]`)
	legacyEdgeChar     = regexp.MustCompile(`[A-Za-z0-9]`)
	consecutiveSymbols = regexp.MustCompile(`\.-|-\.|\.\.`)
	ipAddress          = regexp.MustCompile(`^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$`)
)

// bucketNameErrors lists what is wrong with a bucket name, with the same
// rules and messages as aws-cdk-lib. Unresolved names are not checked.
func bucketNameErrors(name *string, legacy bool) []string {
	if name == nil || *name == "" || isUnresolved(name) {
		return nil
	}
	n := *name
	var errs []string
	if l := utf16Len(n); l < 3 || l > 63 {
		errs = append(errs, "Bucket name must be at least 3 and no more than 63 characters")
	}
	illegal, edge := illegalChars, edgeChar
	if legacy {
		illegal, edge = illegalLegacyChars, legacyEdgeChar
	}
	if loc := illegal.FindStringIndex(n); loc != nil {
		if legacy {
			errs = append(errs, "Bucket name must only contain uppercase or lowercase characters and the symbols, period (.), underscore (_), and dash (-)")
		} else {
			errs = append(errs, fmt.Sprintf("Bucket name must only contain lowercase characters and the symbols, period (.) and dash (-) (offset: %d)", utf16Len(n[:loc[0]])))
		}
	}
	first, last := firstChar(n), lastChar(n)
	if !edge.MatchString(first) {
		if legacy {
			errs = append(errs, "Bucket name must start with an uppercase, lowercase character or number")
		} else {
			errs = append(errs, "Bucket name must start with a lowercase character or number (offset: 0)")
		}
	}
	if !edge.MatchString(last) {
		if legacy {
			errs = append(errs, "Bucket name must end with an uppercase, lowercase character or number")
		} else {
			errs = append(errs, fmt.Sprintf("Bucket name must end with a lowercase character or number (offset: %d)", utf16Len(n)-1))
		}
	}
	if loc := consecutiveSymbols.FindStringIndex(n); loc != nil {
		errs = append(errs, fmt.Sprintf("Bucket name must not have dash next to period, or period next to dash, or consecutive periods (offset: %d)", utf16Len(n[:loc[0]])))
	}
	if ipAddress.MatchString(n) {
		errs = append(errs, "Bucket name must not resemble an IP address")
	}
	return errs
}

// JavaScript's charAt works on UTF-16 code units; for the characters that
// pass the other checks that is the same as a rune.
func firstChar(s string) string {
	for _, r := range s {
		return string(r)
	}
	return ""
}

func lastChar(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return ""
	}
	return string(r[len(r)-1])
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

func bucketNameMessage(name string, errs []string) string {
	return fmt.Sprintf("Invalid S3 bucket name (value: %s)\n%s", name, strings.Join(errs, "\n"))
}

// Bucket_ValidateBucketName checks a bucket name against S3's naming rules
// and stops with every rule it breaks.
func Bucket_ValidateBucketName(physicalName *string, allowLegacyBucketNaming *bool) {
	if errs := bucketNameErrors(physicalName, isTrue(allowLegacyBucketNaming)); len(errs) > 0 {
		diag.Panic("", "%s", bucketNameMessage(deref(physicalName), errs))
	}
}

func validateBucketNameScoped(c constructs.IConstruct, name *string, legacy bool) {
	if errs := bucketNameErrors(name, legacy); len(errs) > 0 {
		addError(c, "%s", bucketNameMessage(deref(name), errs))
	}
}

var (
	prefixStart   = regexp.MustCompile(`^[a-z0-9]`)
	prefixEnd     = regexp.MustCompile(`[a-z0-9]$`)
	prefixIllegal = regexp.MustCompile(`[^a-z0-9-]`)
)

func validateBucketNamePrefix(c constructs.IConstruct, prefix *string) {
	if prefix == nil || *prefix == "" || isUnresolved(prefix) {
		return
	}
	p := *prefix
	var errs []string
	if utf16Len(p) > maxBucketNamePrefixLength {
		errs = append(errs, fmt.Sprintf("Bucket name prefix must be %d characters or fewer", maxBucketNamePrefixLength))
	}
	if !prefixStart.MatchString(p) {
		errs = append(errs, "Bucket name prefix must start with a lowercase letter or number")
	}
	if !prefixEnd.MatchString(p) {
		errs = append(errs, "Bucket name prefix must end with a lowercase letter or number")
	}
	if prefixIllegal.MatchString(p) {
		errs = append(errs, "Bucket name prefix must only contain lowercase letters, numbers, and hyphens")
	}
	if len(errs) > 0 {
		addError(c, "Invalid S3 bucket name prefix (value: %s)\n%s", p, strings.Join(errs, "\n"))
	}
}

func validateBucketNaming(c constructs.IConstruct, props *BucketProps) {
	switch {
	case props.BucketName != nil && props.BucketNamePrefix != nil:
		addError(c, "'bucketName' and 'bucketNamePrefix' cannot be used together")
	case props.BucketName != nil && props.BucketNamespace != "" && props.BucketNamespace != BucketNamespace_GLOBAL:
		addError(c, "'bucketName' cannot be used with 'bucketNamespace' (except GLOBAL). Use 'bucketNamePrefix' with 'bucketNamespace' instead")
	case props.BucketNamePrefix != nil && props.BucketNamespace != BucketNamespace_ACCOUNT_REGIONAL:
		addError(c, "'bucketNamePrefix' requires 'bucketNamespace' to be set to ACCOUNT_REGIONAL")
	case props.BucketNamespace == BucketNamespace_ACCOUNT_REGIONAL && props.BucketNamePrefix == nil:
		addError(c, "'bucketNamespace' ACCOUNT_REGIONAL requires 'bucketNamePrefix' to be specified")
	}
}
