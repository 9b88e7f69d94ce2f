// Package assets computes asset content hashes exactly as aws-cdk-lib 2.276.0
// does and copies asset sources the way it stages them.
//
// aws-cdk-lib names every file asset after a SHA-256 fingerprint of its
// source (asset.<hash> in the cloud assembly, <hash>.zip in the bootstrap
// bucket), so a Strata program that stages the same files must produce the
// same fingerprint, byte for byte, or its templates would point at other S3
// keys. The fingerprint covers, for a directory, every file's path and
// content in name order (text files with CRLF line endings normalised, the
// way aws-cdk-lib reads them as UTF-8 in 8 KiB chunks), symbolic links, the
// follow mode and ignore mode, and any extra hash; a single file hashes its
// content alone.
//
// Exclusion patterns follow the three ignore modes of aws-cdk-lib: GLOB
// (minimatch with matchBase), GIT (.gitignore rules, as the npm package
// "ignore" applies them) and DOCKER (.dockerignore rules, as Moby applies
// them). The package has no dependency on the construct tree: awscdk's
// AssetStaging and FileSystem are built on it.
package assets
