package deploy

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ecr"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/smithy-go"
)

// FileAsset is one file asset destination to publish, placeholders resolved.
type FileAsset struct {
	ID          string
	DisplayName string
	// SourcePath is absolute; Packaging is "file" or "zip".
	SourcePath string
	Packaging  string
	// Executable, when set, is run in the assembly directory and prints the
	// path of the file to upload.
	Executable []string
	Dir        string

	Bucket, Key, Region string
	RoleArn, ExternalID string
}

// ImageAsset is one Docker image destination to publish.
type ImageAsset struct {
	ID          string
	DisplayName string
	Directory   string // absolute build context
	DockerFile  string
	Target      string
	BuildArgs   map[string]string
	Platform    string
	NetworkMode string
	Executable  []string

	Repository, Tag, Region string
	RoleArn, ExternalID     string
}

// PublishResult says what happened to one asset.
type PublishResult struct {
	ID          string `json:"id"`
	DisplayName string `json:"displayName,omitempty"`
	Destination string `json:"destination"`
	Skipped     bool   `json:"skipped"` // already present
}

// PublishFile uploads a file asset unless the object already exists.
func (s *Session) PublishFile(ctx context.Context, a FileAsset) (PublishResult, error) {
	res := PublishResult{ID: a.ID, DisplayName: a.DisplayName, Destination: "s3://" + a.Bucket + "/" + a.Key}
	cfg := s.Config(ctx, a.Region, a.RoleArn, a.ExternalID)
	client := s.S3(cfg)
	_, err := client.HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String(a.Bucket), Key: aws.String(a.Key)})
	if err == nil {
		res.Skipped = true
		return res, nil
	}
	if !isNotFound(err) {
		if isNoSuchBucket(err) {
			return res, fmt.Errorf("asset %s: bucket %s does not exist; is this environment bootstrapped? (run `strata bootstrap`)", a.label(), a.Bucket)
		}
		// Permissions to HeadObject may be missing; try the upload anyway.
	}
	body, contentType, err := a.contents(ctx)
	if err != nil {
		return res, err
	}
	_, err = client.PutObject(ctx, &s3.PutObjectInput{
		Bucket:        aws.String(a.Bucket),
		Key:           aws.String(a.Key),
		Body:          bytes.NewReader(body),
		ContentLength: aws.Int64(int64(len(body))),
		ContentType:   aws.String(contentType),
	})
	if err != nil {
		if isNoSuchBucket(err) {
			return res, fmt.Errorf("asset %s: bucket %s does not exist; is this environment bootstrapped? (run `strata bootstrap`)", a.label(), a.Bucket)
		}
		return res, fmt.Errorf("asset %s: uploading to %s: %s", a.label(), res.Destination, shortErr(err))
	}
	return res, nil
}

func (a FileAsset) label() string {
	if a.DisplayName != "" {
		return a.DisplayName
	}
	return a.ID
}

func (a FileAsset) contents(ctx context.Context) ([]byte, string, error) {
	path := a.SourcePath
	if len(a.Executable) > 0 {
		cmd := exec.CommandContext(ctx, a.Executable[0], a.Executable[1:]...)
		cmd.Dir = a.Dir
		cmd.Stderr = os.Stderr
		out, err := cmd.Output()
		if err != nil {
			return nil, "", fmt.Errorf("asset %s: running %v: %w", a.label(), a.Executable, err)
		}
		path = strings.TrimSpace(string(out))
		if !filepath.IsAbs(path) {
			path = filepath.Join(a.Dir, path)
		}
	}
	st, err := os.Stat(path)
	if err != nil {
		return nil, "", fmt.Errorf("asset %s: %w", a.label(), err)
	}
	if st.IsDir() {
		if a.Packaging != "zip" {
			return nil, "", fmt.Errorf("asset %s: %s is a directory but packaging is %q", a.label(), path, a.Packaging)
		}
		b, err := ZipDirectory(path)
		if err != nil {
			return nil, "", fmt.Errorf("asset %s: zipping %s: %w", a.label(), path, err)
		}
		return b, "application/zip", nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, "", fmt.Errorf("asset %s: %w", a.label(), err)
	}
	ct := mime.TypeByExtension(filepath.Ext(a.Key))
	if ct == "" {
		ct = "application/octet-stream"
	}
	return b, ct, nil
}

// zipEpoch is the fixed timestamp of every zip entry, so that the same
// directory always zips to the same bytes.
var zipEpoch = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// ZipDirectory zips dir deterministically: entries sorted by path, fixed
// timestamps, file modes kept (executables stay executable in Lambda),
// symbolic links followed.
func ZipDirectory(dir string) ([]byte, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		files = append(files, p)
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range files {
		rel, _ := filepath.Rel(dir, p)
		st, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if st.IsDir() {
			continue
		}
		h := &zip.FileHeader{Name: filepath.ToSlash(rel), Method: zip.Deflate, Modified: zipEpoch}
		h.SetMode(st.Mode().Perm())
		w, err := zw.CreateHeader(h)
		if err != nil {
			return nil, err
		}
		f, err := os.Open(p)
		if err != nil {
			return nil, err
		}
		_, err = io.Copy(w, f)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// ErrNoDocker is returned for image assets when no Docker engine answers.
var ErrNoDocker = errors.New("docker is not available")

// PublishImage builds and pushes an image asset with the docker CLI unless
// the tag is already in the repository.
func (s *Session) PublishImage(ctx context.Context, a ImageAsset) (PublishResult, error) {
	res := PublishResult{ID: a.ID, DisplayName: a.DisplayName}
	cfg := s.Config(ctx, a.Region, a.RoleArn, a.ExternalID)
	client := ecr.NewFromConfig(cfg)
	repos, err := client.DescribeRepositories(ctx, &ecr.DescribeRepositoriesInput{RepositoryNames: []string{a.Repository}})
	if err != nil || len(repos.Repositories) == 0 {
		return res, fmt.Errorf("image asset %s: ECR repository %s not found; is this environment bootstrapped? (run `strata bootstrap`): %s", a.ID, a.Repository, errString(err))
	}
	uri := aws.ToString(repos.Repositories[0].RepositoryUri)
	res.Destination = uri + ":" + a.Tag
	if _, err := client.DescribeImages(ctx, &ecr.DescribeImagesInput{RepositoryName: aws.String(a.Repository), ImageIds: imageIDs(a.Tag)}); err == nil {
		res.Skipped = true
		return res, nil
	}
	if err := dockerAvailable(ctx); err != nil {
		return res, fmt.Errorf("image asset %s (%s) needs Docker to build: %w; install Docker and start its engine, or deploy from a machine that has one", a.ID, a.DisplayName, err)
	}
	auth, err := client.GetAuthorizationToken(ctx, &ecr.GetAuthorizationTokenInput{})
	if err != nil || len(auth.AuthorizationData) == 0 {
		return res, fmt.Errorf("image asset %s: ECR login: %s", a.ID, errString(err))
	}
	raw, err := base64.StdEncoding.DecodeString(aws.ToString(auth.AuthorizationData[0].AuthorizationToken))
	if err != nil {
		return res, fmt.Errorf("image asset %s: ECR token: %w", a.ID, err)
	}
	user, pass, _ := strings.Cut(string(raw), ":")
	login := exec.CommandContext(ctx, "docker", "login", "--username", user, "--password-stdin", aws.ToString(auth.AuthorizationData[0].ProxyEndpoint))
	login.Stdin = strings.NewReader(pass)
	if out, err := login.CombinedOutput(); err != nil {
		return res, fmt.Errorf("image asset %s: docker login: %v: %s", a.ID, err, strings.TrimSpace(string(out)))
	}
	local := "cdkasset-" + strings.ToLower(a.ID)
	if len(a.Executable) > 0 {
		cmd := exec.CommandContext(ctx, a.Executable[0], a.Executable[1:]...)
		out, err := cmd.Output()
		if err != nil {
			return res, fmt.Errorf("image asset %s: running %v: %w", a.ID, a.Executable, err)
		}
		local = strings.TrimSpace(string(out))
	} else {
		args := []string{"build", "--tag", local}
		if a.DockerFile != "" {
			args = append(args, "--file", filepath.Join(a.Directory, a.DockerFile))
		}
		if a.Target != "" {
			args = append(args, "--target", a.Target)
		}
		if a.Platform != "" {
			args = append(args, "--platform", a.Platform)
		}
		if a.NetworkMode != "" {
			args = append(args, "--network", a.NetworkMode)
		}
		keys := make([]string, 0, len(a.BuildArgs))
		for k := range a.BuildArgs {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			args = append(args, "--build-arg", k+"="+a.BuildArgs[k])
		}
		args = append(args, a.Directory)
		if err := runDocker(ctx, args...); err != nil {
			return res, fmt.Errorf("image asset %s: %w", a.ID, err)
		}
	}
	if err := runDocker(ctx, "tag", local, res.Destination); err != nil {
		return res, fmt.Errorf("image asset %s: %w", a.ID, err)
	}
	if err := runDocker(ctx, "push", res.Destination); err != nil {
		return res, fmt.Errorf("image asset %s: %w", a.ID, err)
	}
	return res, nil
}

func runDocker(ctx context.Context, args ...string) error {
	cmd := exec.CommandContext(ctx, "docker", args...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		tail := strings.TrimSpace(string(out))
		if len(tail) > 2000 {
			tail = tail[len(tail)-2000:]
		}
		return fmt.Errorf("docker %s: %v\n%s", args[0], err, tail)
	}
	return nil
}

// dockerAvailable checks for the docker CLI and a reachable engine.
func dockerAvailable(ctx context.Context) error {
	if _, err := exec.LookPath("docker"); err != nil {
		return fmt.Errorf("%w: the docker command is not installed", ErrNoDocker)
	}
	cctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	out, err := exec.CommandContext(cctx, "docker", "version", "--format", "{{.Server.Version}}").CombinedOutput()
	if err != nil {
		msg := strings.TrimSpace(string(out))
		if i := strings.LastIndex(msg, "\n"); i >= 0 {
			msg = msg[i+1:]
		}
		return fmt.Errorf("%w: no Docker engine answers (%s)", ErrNoDocker, msg)
	}
	return nil
}

// DockerStatus reports whether images could be built here (for doctor).
func DockerStatus(ctx context.Context) error { return dockerAvailable(ctx) }

func imageIDs(tag string) []ecrImageID { return []ecrImageID{{ImageTag: aws.String(tag)}} }

func errString(err error) string {
	if err == nil {
		return "no result"
	}
	return shortErr(err)
}

func isNotFound(err error) bool {
	var ae smithy.APIError
	if errors.As(err, &ae) {
		switch ae.ErrorCode() {
		case "NotFound", "NoSuchKey", "404":
			return true
		}
	}
	return false
}

func isNoSuchBucket(err error) bool {
	var ae smithy.APIError
	return errors.As(err, &ae) && ae.ErrorCode() == "NoSuchBucket"
}
