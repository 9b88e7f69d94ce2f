package cli

import (
	"context"
	"os"
	"syscall"
)

// fileEvents wakes the watcher when the kernel reports a change in one of
// the watched directories (inotify), so a save is noticed at once instead
// of at the next poll. A nil *fileEvents never wakes.
type fileEvents struct {
	f    *os.File
	fd   int // f's descriptor (f.Fd() would make it blocking)
	wake chan struct{}
}

const inotifyMask = syscall.IN_MODIFY | syscall.IN_CLOSE_WRITE | syscall.IN_ATTRIB | syscall.IN_CREATE |
	syscall.IN_DELETE | syscall.IN_MOVED_FROM | syscall.IN_MOVED_TO | syscall.IN_DELETE_SELF

func newFileEvents(ctx context.Context) (*fileEvents, error) {
	fd, err := syscall.InotifyInit1(syscall.IN_NONBLOCK | syscall.IN_CLOEXEC)
	if err != nil {
		return nil, err
	}
	// Non-blocking, so that os.File reads through the runtime's poller and
	// Close ends a pending Read.
	e := &fileEvents{f: os.NewFile(uintptr(fd), "inotify"), fd: fd, wake: make(chan struct{}, 1)}
	go func() {
		<-ctx.Done()
		e.f.Close()
	}()
	go func() {
		buf := make([]byte, 64<<10)
		for {
			if _, err := e.f.Read(buf); err != nil {
				return
			}
			select {
			case e.wake <- struct{}{}:
			default: // a wake-up is already pending
			}
		}
	}()
	return e, nil
}

// add watches dir (not its subdirectories). The watcher calls it for every
// directory at every look, which costs one cheap system call each and
// keeps up with directories created, removed or replaced meanwhile (adding
// a watched directory again changes nothing).
func (e *fileEvents) add(dir string) {
	if e == nil {
		return
	}
	_, _ = syscall.InotifyAddWatch(e.fd, dir, inotifyMask)
}

func (e *fileEvents) events() <-chan struct{} {
	if e == nil {
		return nil
	}
	return e.wake
}
