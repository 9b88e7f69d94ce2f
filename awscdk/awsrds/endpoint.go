package awsrds

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/jsii"
)

// Endpoint is a database endpoint: a hostname and a port.
type Endpoint interface {
	Hostname() *string
	Port() *float64
	// SocketAddress is "HOSTNAME:PORT".
	SocketAddress() *string
}

type endpoint struct {
	host, socket *string
	port         *float64
}

// NewEndpoint makes an endpoint of an address and a port (either may be a token).
func NewEndpoint(address *string, port *float64) Endpoint {
	portStr := awscdk.Tokenization_StringifyNumber(port)
	return &endpoint{host: address, port: port, socket: jsii.String(deref(address) + ":" + deref(portStr))}
}

func (e *endpoint) Hostname() *string      { return e.host }
func (e *endpoint) Port() *float64         { return e.port }
func (e *endpoint) SocketAddress() *string { return e.socket }
