package cli

import (
	"context"
	"fmt"
)

func runInit(ctx context.Context, stdio IO, args []string) error {
	return fmt.Errorf("init is not implemented yet")
}
