package awscdk

import (
	"math/big"
	"strings"

	"github.com/strata-cdk/strata/internal/ojson"
)

// sizeTextAPI is the part of Size's API this file implements.
type sizeTextAPI interface {
	// ToString is "Size.<unit>(<amount>)", e.g. "Size.mebibytes(512)".
	ToString() *string
	// ToHumanString is the size in the largest unit it reaches, with up to
	// two decimals: "1.5 GiB", "512 MiB", "0 bytes".
	ToHumanString() *string
}

var sizeShortLabels = map[string]string{
	"bytes": "bytes", "kibibytes": "KiB", "mebibytes": "MiB",
	"gibibytes": "GiB", "tebibytes": "TiB", "pebibytes": "PiB",
}

func (s *size) ToString() *string {
	return str("Size." + s.unit.label + "(" + ojson.FormatNumber(s.amount) + ")")
}

func (s *size) ToHumanString() *string {
	if isUnresolved(s.amount) {
		return str(*Token_AsString(s.amount, nil) + " " + sizeShortLabels[s.unit.label])
	}
	bytes := s.amount * s.unit.bytes
	for _, u := range []storageUnit{unitPiB, unitTiB, unitGiB, unitMiB, unitKiB, unitBytes} {
		if bytes >= u.bytes {
			return str(trimZeros(toFixed2(bytes/u.bytes)) + " " + sizeShortLabels[u.label])
		}
	}
	return str(ojson.FormatNumber(bytes) + " bytes")
}

// toFixed2 is JavaScript's Number.prototype.toFixed(2) for a non-negative
// number: the exact binary value rounded to two decimals, ties upwards.
func toFixed2(x float64) string {
	r := new(big.Rat).SetFloat64(x)
	r.Mul(r, big.NewRat(100, 1))
	r.Add(r, big.NewRat(1, 2))
	n := new(big.Int).Quo(r.Num(), r.Denom())
	digits := n.String()
	for len(digits) < 3 {
		digits = "0" + digits
	}
	return digits[:len(digits)-2] + "." + digits[len(digits)-2:]
}

// trimZeros drops trailing zeros and a bare decimal point ("1.50" -> "1.5",
// "2.00" -> "2").
func trimZeros(s string) string {
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}
