package awscdk

import "github.com/strata-cdk/strata/internal/ojson"

// Bitrate is an amount of data per second.
type Bitrate interface {
	IsUnresolved() *bool
	ToBps() *float64
	ToKbps() *float64
	ToMbps() *float64
	ToGbps() *float64
}

type bitrateUnit struct {
	label string
	bps   float64
}

// The units are decimal (1 kbps = 1,000 bps), as in aws-cdk-lib.
var (
	unitBps  = bitrateUnit{"bps", 1}
	unitKbps = bitrateUnit{"kbps", 1e3}
	unitMbps = bitrateUnit{"mbps", 1e6}
	unitGbps = bitrateUnit{"gbps", 1e9}
)

type bitrate struct {
	amount float64
	unit   bitrateUnit
}

func newBitrate(amount *float64, u bitrateUnit) Bitrate {
	a := 0.0
	if amount != nil {
		a = *amount
	}
	if !isUnresolved(a) && a < 0 {
		panicf("", "Bitrate amounts cannot be negative. Received: %s", ojson.FormatNumber(a))
	}
	return &bitrate{amount: a, unit: u}
}

// Bitrate_Bps is amount bits per second.
func Bitrate_Bps(amount *float64) Bitrate { return newBitrate(amount, unitBps) }

// Bitrate_Kbps is amount kilobits (1,000 bits) per second.
func Bitrate_Kbps(amount *float64) Bitrate { return newBitrate(amount, unitKbps) }

// Bitrate_Mbps is amount megabits (1,000,000 bits) per second.
func Bitrate_Mbps(amount *float64) Bitrate { return newBitrate(amount, unitMbps) }

// Bitrate_Gbps is amount gigabits per second.
func Bitrate_Gbps(amount *float64) Bitrate { return newBitrate(amount, unitGbps) }

func (b *bitrate) IsUnresolved() *bool { v := isUnresolved(b.amount); return &v }
func (b *bitrate) ToBps() *float64     { return b.convert(unitBps) }
func (b *bitrate) ToKbps() *float64    { return b.convert(unitKbps) }
func (b *bitrate) ToMbps() *float64    { return b.convert(unitMbps) }
func (b *bitrate) ToGbps() *float64    { return b.convert(unitGbps) }

// convert keeps a token amount only in its own unit: a token cannot be
// scaled.
func (b *bitrate) convert(to bitrateUnit) *float64 {
	if b.unit.bps == to.bps {
		return jsiiNum(b.amount)
	}
	if isUnresolved(b.amount) {
		panicf("", "Bitrate must be specified as 'Bitrate.%s()' here since its value comes from a token and cannot be converted (got Bitrate.%s)", to.label, b.unit.label)
	}
	return jsiiNum(b.amount * b.unit.bps / to.bps)
}
