//go:build !linux

package cli

import (
	"context"
	"errors"
)

// fileEvents is inotify's stand-in where there is none: the watcher polls.
type fileEvents struct{}

func newFileEvents(context.Context) (*fileEvents, error) {
	return nil, errors.New("no file events on this system")
}

func (e *fileEvents) add(string) {}

func (e *fileEvents) events() <-chan struct{} { return nil }
