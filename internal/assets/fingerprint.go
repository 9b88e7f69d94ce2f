package assets

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Follow modes, with the values aws-cdk-lib hashes.
const (
	FollowNever         = "never"
	FollowAlways        = "always"
	FollowExternal      = "external"
	FollowBlockExternal = "internal-only"
)

// Ignore modes, with the values aws-cdk-lib hashes.
const (
	IgnoreGlob   = "glob"
	IgnoreGit    = "git"
	IgnoreDocker = "docker"
)

// Options are aws-cdk-lib's FingerprintOptions (and CopyOptions).
type Options struct {
	Exclude    []string
	Follow     string // FollowExternal when empty
	IgnoreMode string // IgnoreGlob when empty
	ExtraHash  string
}

func (o Options) follow() string {
	if o.Follow == "" {
		return FollowExternal
	}
	return o.Follow
}

func (o Options) ignoreMode() string {
	if o.IgnoreMode == "" {
		return IgnoreGlob
	}
	return o.IgnoreMode
}

// hashField adds one header/value pair, framed by the control characters
// aws-cdk-lib uses (SOH header STX value ETX).
func hashField(h hash.Hash, header, value string) {
	h.Write([]byte{1})
	h.Write([]byte(header))
	h.Write([]byte{2})
	h.Write([]byte(value))
	h.Write([]byte{3})
}

// Fingerprint returns the hash aws-cdk-lib's FileSystem.fingerprint computes
// for a file or directory.
func Fingerprint(fileOrDirectory string, opts Options) (string, error) {
	h := sha256.New()
	hashField(h, "options.extra", opts.ExtraHash)
	follow := opts.follow()
	hashField(h, "options.follow", follow)
	abs, err := filepath.Abs(fileOrDirectory)
	if err != nil {
		return "", err
	}
	root, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return "", err
	}
	fi, err := os.Stat(root)
	if err != nil {
		return "", err
	}
	if m := opts.ignoreMode(); m != IgnoreGlob {
		hashField(h, "options.ignoreMode", m)
	}
	key := func(p string) string {
		rel, _ := filepath.Rel(root, p)
		if rel == "." {
			rel = ""
		}
		return strings.ReplaceAll(rel, "\\", "/")
	}
	if !fi.IsDir() {
		c, err := ContentFingerprint(root)
		if err != nil {
			return "", err
		}
		hashField(h, "file:"+key(root), c)
		return hex.EncodeToString(h.Sum(nil)), nil
	}
	ign, err := NewIgnoreStrategy(opts.ignoreMode(), root, opts.Exclude)
	if err != nil {
		return "", err
	}
	err = walkDirectory(root, walkOptions{follow: follow, ignore: ign}, visitor{
		onFile: func(e fileEntry) error {
			c, err := ContentFingerprint(e.realPath)
			if err != nil {
				return err
			}
			hashField(h, "file:"+key(e.path), c)
			return nil
		},
		onSymlink: func(e linkEntry) error {
			target := e.linkTarget
			if e.internal && filepath.IsAbs(e.linkTarget) {
				target = key(e.resolvedLinkTarget)
			}
			hashField(h, "link:"+key(e.path), target)
			return nil
		},
		onUnsupported: func(e fileEntry) error {
			return fmt.Errorf("unable to hash %s: it is neither a file nor a directory", e.path)
		},
	})
	if err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// chunkSize is the read size of aws-cdk-lib's content fingerprint; it
// matters because text is decoded chunk by chunk.
const chunkSize = 8 * 1024

// ContentFingerprint returns "<size>:<sha256>" of a file's content, as
// aws-cdk-lib computes it: a file whose first chunk holds a NUL byte is
// binary and hashed as is; any other file is decoded as UTF-8 chunk by chunk,
// CRLF becomes LF (a chunk ending in CR waits for the next one), and the
// size counts the bytes hashed, except a CR-terminated tail at the end.
func ContentFingerprint(file string) (string, error) {
	f, err := os.Open(file)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	buf := make([]byte, chunkSize)
	size := 0
	binary := false
	var pending []byte // decoded text waiting for the next chunk
	first := true
	for {
		n, err := io.ReadFull(f, buf)
		if n > 0 {
			chunk := buf[:n]
			if first {
				binary = bytes.IndexByte(chunk, 0) >= 0
				first = false
			}
			if binary {
				size += n
				h.Write(chunk)
			} else {
				text := decodeLikeJS(chunk)
				if text[len(text)-1] == '\r' {
					pending = append(pending, text...)
				} else {
					data := append(pending, text...)
					pending = nil
					data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
					size += len(data)
					h.Write(data)
				}
			}
		}
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			break
		}
		if err != nil {
			return "", err
		}
	}
	if len(pending) > 0 {
		h.Write(pending)
	}
	return strconv.Itoa(size) + ":" + hex.EncodeToString(h.Sum(nil)), nil
}
