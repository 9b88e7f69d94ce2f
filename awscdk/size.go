package awscdk

import (
	"math"
	"time"
)

// SizeRoundingBehavior says how a size conversion rounds.
type SizeRoundingBehavior string

const (
	SizeRoundingBehavior_FAIL  SizeRoundingBehavior = "FAIL"
	SizeRoundingBehavior_FLOOR SizeRoundingBehavior = "FLOOR"
	SizeRoundingBehavior_NONE  SizeRoundingBehavior = "NONE"
)

// SizeConversionOptions are options for converting a Size.
type SizeConversionOptions struct {
	Rounding SizeRoundingBehavior `field:"optional" json:"rounding" yaml:"rounding"`
}

type storageUnit struct {
	label string
	bytes float64
}

var (
	unitBytes = storageUnit{"bytes", 1}
	unitKiB   = storageUnit{"kibibytes", 1024}
	unitMiB   = storageUnit{"mebibytes", 1024 * 1024}
	unitGiB   = storageUnit{"gibibytes", 1024 * 1024 * 1024}
	unitTiB   = storageUnit{"tebibytes", 1024 * 1024 * 1024 * 1024}
	unitPiB   = storageUnit{"pebibytes", 1024 * 1024 * 1024 * 1024 * 1024}
)

// Size is an amount of storage.
type Size interface {
	IsUnresolved() *bool
	ToBytes(opts *SizeConversionOptions) *float64
	ToKibibytes(opts *SizeConversionOptions) *float64
	ToMebibytes(opts *SizeConversionOptions) *float64
	ToGibibytes(opts *SizeConversionOptions) *float64
	ToTebibytes(opts *SizeConversionOptions) *float64
	ToPebibytes(opts *SizeConversionOptions) *float64
	sizeTextAPI
}

type size struct {
	amount float64
	unit   storageUnit
}

func newSize(amount *float64, u storageUnit) Size {
	a := 0.0
	if amount != nil {
		a = *amount
	}
	if !isUnresolved(a) && a < 0 {
		panicf("", "storage amounts cannot be negative. Received: %v", a)
	}
	return &size{amount: a, unit: u}
}

// Size_Bytes creates a size in bytes.
func Size_Bytes(amount *float64) Size { return newSize(amount, unitBytes) }

// Size_Kibibytes creates a size in KiB.
func Size_Kibibytes(amount *float64) Size { return newSize(amount, unitKiB) }

// Size_Mebibytes creates a size in MiB.
func Size_Mebibytes(amount *float64) Size { return newSize(amount, unitMiB) }

// Size_Gibibytes creates a size in GiB.
func Size_Gibibytes(amount *float64) Size { return newSize(amount, unitGiB) }

// Size_Tebibytes creates a size in TiB.
func Size_Tebibytes(amount *float64) Size { return newSize(amount, unitTiB) }

// Size_Pebibytes creates a size in PiB.
func Size_Pebibytes(amount *float64) Size { return newSize(amount, unitPiB) }

func (s *size) IsUnresolved() *bool { return boolp(isUnresolved(s.amount)) }

func (s *size) convert(to storageUnit, opts *SizeConversionOptions) *float64 {
	if s.unit.bytes == to.bytes {
		return jsiiNum(s.amount)
	}
	if isUnresolved(s.amount) {
		panicf("", "size must be specified as 'Size.%s()' here since its value comes from a token and cannot be converted (got Size.%s)", to.label, s.unit.label)
	}
	v := s.amount * s.unit.bytes / to.bytes
	rounding := SizeRoundingBehavior_FAIL
	if opts != nil && opts.Rounding != "" {
		rounding = opts.Rounding
	}
	switch rounding {
	case SizeRoundingBehavior_FLOOR:
		v = math.Floor(v)
	case SizeRoundingBehavior_FAIL:
		if v != math.Trunc(v) {
			panicf("", "'%s %s' cannot be converted into a whole number of %s.", fmtNum(s.amount), s.unit.label, to.label)
		}
	}
	return &v
}

func (s *size) ToBytes(o *SizeConversionOptions) *float64     { return s.convert(unitBytes, o) }
func (s *size) ToKibibytes(o *SizeConversionOptions) *float64 { return s.convert(unitKiB, o) }
func (s *size) ToMebibytes(o *SizeConversionOptions) *float64 { return s.convert(unitMiB, o) }
func (s *size) ToGibibytes(o *SizeConversionOptions) *float64 { return s.convert(unitGiB, o) }
func (s *size) ToTebibytes(o *SizeConversionOptions) *float64 { return s.convert(unitTiB, o) }
func (s *size) ToPebibytes(o *SizeConversionOptions) *float64 { return s.convert(unitPiB, o) }

func nowMillis() float64 { return float64(time.Now().UnixMilli()) }

func parseTime(s string) (float64, error) {
	for _, layout := range []string{time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05", "2006-01-02", time.RFC1123} {
		if t, err := time.Parse(layout, s); err == nil {
			return float64(t.UnixMilli()), nil
		}
	}
	_, err := time.Parse(time.RFC3339, s)
	return 0, err
}
