package assets

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// CopyDirectory copies srcDir into destDir the way aws-cdk-lib's
// FileSystem.copyDirectory does: excluded entries skipped, symbolic links
// followed or recreated according to the follow mode, links pointing inside
// the source rewritten to point inside the copy. rootDir, when set, is the
// directory exclusion patterns are relative to.
func CopyDirectory(srcDir, destDir string, opts Options, rootDir string) error {
	follow := opts.follow()
	root := rootDir
	if root == "" {
		root = srcDir
	}
	absRoot, err := filepath.Abs(root)
	if err != nil {
		return err
	}
	ign, err := NewIgnoreStrategy(opts.ignoreMode(), absRoot, opts.Exclude)
	if err != nil {
		return err
	}
	fi, err := os.Stat(srcDir)
	if err != nil {
		return err
	}
	if !fi.IsDir() {
		return fmt.Errorf("%s is not a directory", srcDir)
	}
	src, err := filepath.Abs(srcDir)
	if err != nil {
		return err
	}
	canonicalSrc := realPathOrSelf(src)
	destinationOf := func(p string) string {
		rel, _ := filepath.Rel(src, p)
		return filepath.Join(destDir, rel)
	}
	return walkDirectory(src, walkOptions{follow: follow, ignore: ign, root: absRoot}, visitor{
		onDirectory: func(e dirEntry) error {
			if e.ignored {
				return nil
			}
			return os.MkdirAll(destinationOf(e.path), 0o755)
		},
		onFile: func(e fileEntry) error {
			dest := destinationOf(e.path)
			if err := os.MkdirAll(filepath.Dir(dest), 0o755); err != nil {
				return err
			}
			return CopyFile(e.realPath, dest)
		},
		onSymlink: func(e linkEntry) error {
			if follow == FollowBlockExternal && !e.internal {
				return fmt.Errorf("the file %s is an external symbolic link which is forbidden due to follow mode %s. Set `follow` to a mode that will follow symlinks (ALWAYS or EXTERNAL) or emit a regular file", e.resolvedLinkTarget, follow)
			}
			dest := destinationOf(e.path)
			if err := os.MkdirAll(filepath.Dir(dest), 0o755); err != nil {
				return err
			}
			text := e.linkTarget
			if isInternalPath(canonicalSrc, e.resolvedLinkTarget) {
				rel, _ := filepath.Rel(canonicalSrc, e.resolvedLinkTarget)
				copied := filepath.Join(destDir, rel)
				text, _ = filepath.Rel(filepath.Dir(dest), copied)
				if text == "" {
					text = "."
				}
			}
			return os.Symlink(text, dest)
		},
	})
}

// CopyFile copies a file's content and permission bits.
func CopyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	st, err := in.Stat()
	if err != nil {
		return err
	}
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, st.Mode().Perm())
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	if err := out.Close(); err != nil {
		return err
	}
	return os.Chmod(dst, st.Mode().Perm())
}

// ValidateInternalSymlinks fails on the first symbolic link that points
// outside dir (for the BLOCK_EXTERNAL follow mode).
func ValidateInternalSymlinks(dir string, opts Options) error {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	ign, err := NewIgnoreStrategy(opts.ignoreMode(), abs, opts.Exclude)
	if err != nil {
		return err
	}
	return walkDirectory(abs, walkOptions{follow: opts.follow(), ignore: ign}, visitor{
		onSymlink: func(e linkEntry) error {
			if !e.internal {
				return fmt.Errorf("the file %s is an external symbolic link which is forbidden due to follow mode %s. Set `follow` to a mode that will follow symlinks (ALWAYS or EXTERNAL) or emit a regular file", e.resolvedLinkTarget, opts.follow())
			}
			return nil
		},
	})
}

// CopyTree copies a staged asset (file or directory) to dest, hard-linking
// files where the file system allows, so that moving a staged asset into an
// assembly is cheap and leaves the original in place.
func CopyTree(src, dest string) error {
	fi, err := os.Lstat(src)
	if err != nil {
		return err
	}
	switch {
	case fi.Mode()&os.ModeSymlink != 0:
		t, err := os.Readlink(src)
		if err != nil {
			return err
		}
		return os.Symlink(t, dest)
	case fi.IsDir():
		if err := os.MkdirAll(dest, fi.Mode().Perm()|0o700); err != nil {
			return err
		}
		entries, err := os.ReadDir(src)
		if err != nil {
			return err
		}
		for _, e := range entries {
			if err := CopyTree(filepath.Join(src, e.Name()), filepath.Join(dest, e.Name())); err != nil {
				return err
			}
		}
		return nil
	}
	if err := os.Link(src, dest); err == nil {
		return nil
	}
	return CopyFile(src, dest)
}
