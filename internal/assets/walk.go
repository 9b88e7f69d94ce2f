package assets

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf16"
)

type walkOptions struct {
	follow string
	ignore IgnoreStrategy
	// root is the directory symbolic links count as internal to; the walked
	// directory when empty.
	root string
}

type fileEntry struct {
	path     string // symbolic path, below the walked directory
	realPath string // where the content is read from
	info     fs.FileInfo
}

type dirEntry struct {
	path, realPath string
	ignored        bool
}

type linkEntry struct {
	path, realPath     string
	linkTarget         string
	resolvedLinkTarget string
	internal           bool
}

type visitor struct {
	onDirectory   func(dirEntry) error
	onFile        func(fileEntry) error
	onSymlink     func(linkEntry) error
	onUnsupported func(fileEntry) error
}

// realPathOrSelf resolves every symbolic link of p, or returns p when it
// cannot.
func realPathOrSelf(p string) string {
	if r, err := filepath.EvalSymlinks(p); err == nil {
		if a, err := filepath.Abs(r); err == nil {
			return a
		}
		return r
	}
	return p
}

func isInternalPath(root, target string) bool {
	return root == target || strings.HasPrefix(target, root+string(filepath.Separator))
}

func resolveLinkTarget(realPath, linkTarget string) string {
	t := linkTarget
	if !filepath.IsAbs(t) {
		t = filepath.Join(filepath.Dir(realPath), t)
	}
	if abs, err := filepath.Abs(t); err == nil {
		return abs
	}
	return filepath.Clean(t)
}

func canonicalLinkTarget(target string) string {
	return filepath.Join(realPathOrSelf(filepath.Dir(target)), filepath.Base(target))
}

// lessJS orders names as JavaScript's < does: by UTF-16 code units.
func lessJS(a, b string) bool {
	if isASCII(a) && isASCII(b) {
		return a < b
	}
	ua, ub := utf16.Encode([]rune(a)), utf16.Encode([]rune(b))
	for i := 0; i < len(ua) && i < len(ub); i++ {
		if ua[i] != ub[i] {
			return ua[i] < ub[i]
		}
	}
	return len(ua) < len(ub)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// walkDirectory visits a directory tree the way aws-cdk-lib's walkDirectory
// does: entries in name order, ignored entries skipped, symbolic links
// followed according to the follow mode, directory cycles cut.
func walkDirectory(directory string, opts walkOptions, v visitor) error {
	root := opts.root
	if root == "" {
		root = directory
	}
	canonicalRoot := realPathOrSelf(root)
	ancestors := map[string]bool{}
	follow := opts.follow
	shouldFollow := func(internal bool) bool {
		switch follow {
		case FollowAlways:
			return true
		case FollowExternal:
			return !internal
		case FollowBlockExternal:
			return internal
		}
		return false
	}
	var walk func(symbolic, real, canonical string) error
	visitFile := func(e fileEntry) error {
		if opts.ignore.Ignores(e.path) || v.onFile == nil {
			return nil
		}
		return v.onFile(e)
	}
	visitDirectory := func(symbolic, real, canonical string) error {
		if opts.ignore.CompletelyIgnores(symbolic) {
			return nil
		}
		if v.onDirectory != nil {
			if err := v.onDirectory(dirEntry{path: symbolic, realPath: real, ignored: opts.ignore.Ignores(symbolic)}); err != nil {
				return err
			}
		}
		return walk(symbolic, real, canonical)
	}
	visitSymlink := func(symbolic, real string) error {
		linkTarget, err := os.Readlink(real)
		if err != nil {
			return err
		}
		resolved := canonicalLinkTarget(resolveLinkTarget(real, linkTarget))
		internal := isInternalPath(canonicalRoot, resolved)
		var st fs.FileInfo
		if shouldFollow(internal) {
			st, _ = os.Stat(resolved)
		}
		if st == nil {
			if opts.ignore.Ignores(symbolic) || v.onSymlink == nil {
				return nil
			}
			return v.onSymlink(linkEntry{path: symbolic, realPath: real, linkTarget: linkTarget, resolvedLinkTarget: resolved, internal: internal})
		}
		switch {
		case st.IsDir():
			return visitDirectory(symbolic, resolved, realPathOrSelf(resolved))
		case st.Mode().IsRegular():
			return visitFile(fileEntry{path: symbolic, realPath: resolved, info: st})
		}
		if opts.ignore.Ignores(symbolic) || v.onUnsupported == nil {
			return nil
		}
		return v.onUnsupported(fileEntry{path: symbolic, realPath: resolved})
	}
	walk = func(symbolic, real, canonical string) error {
		if ancestors[canonical] {
			return nil
		}
		ancestors[canonical] = true
		defer delete(ancestors, canonical)
		entries, err := os.ReadDir(real)
		if err != nil {
			return err
		}
		sort.SliceStable(entries, func(i, j int) bool { return lessJS(entries[i].Name(), entries[j].Name()) })
		for _, e := range entries {
			childPath := filepath.Join(symbolic, e.Name())
			childReal := filepath.Join(real, e.Name())
			t := e.Type()
			var err error
			switch {
			case t&fs.ModeSymlink != 0:
				err = visitSymlink(childPath, childReal)
			case t.IsDir():
				err = visitDirectory(childPath, childReal, filepath.Join(canonical, e.Name()))
			case t.IsRegular():
				err = visitFile(fileEntry{path: childPath, realPath: childReal})
			}
			if err != nil {
				return err
			}
		}
		return nil
	}
	return walk(directory, directory, realPathOrSelf(directory))
}
