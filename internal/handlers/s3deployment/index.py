# Custom::CDKBucketDeployment handler, written for Strata.
#
# Copies the contents of zip archives in S3 (the deployment's sources) into a
# destination bucket under a key prefix: each archive is downloaded and
# extracted (or, with Extract false, copied as is), deploy-time values are
# substituted for the markers Source_Data and Source_JsonData left in the
# files, and the result is synchronised to the destination: changed files are
# uploaded with the requested metadata and, when Prune is on, objects that
# are no longer in the sources are deleted. Include/Exclude filters follow
# the AWS CLI's `s3 sync` rules. A CloudFront distribution can be
# invalidated afterwards.
#
# aws-cdk-lib's handler runs the AWS CLI from a Lambda layer; this one needs
# only boto3, which the Python runtime provides, so no layer is deployed.
#
# On delete, and on an update that moves the destination, the objects under
# the old destination are deleted when RetainOnDelete is false, unless the
# bucket is still tagged as owned by a deployment to the same prefix.
import fnmatch
import hashlib
import json
import logging
import mimetypes
import os
import re
import shutil
import tempfile
import time
import urllib.request
import uuid
import zipfile
from email.utils import parsedate_to_datetime

import boto3
from botocore.config import Config

logger = logging.getLogger()
logger.setLevel(logging.INFO)

OWNER_TAG = "aws-cdk:cr-owned"
SINGLE_PUT_LIMIT = 5 * 1024 ** 3

# System metadata keys (as BucketDeployment renders them) and the
# PutObject parameters they set.
SYSTEM_METADATA = {
    "cache-control": "CacheControl",
    "content-disposition": "ContentDisposition",
    "content-encoding": "ContentEncoding",
    "content-language": "ContentLanguage",
    "content-type": "ContentType",
    "expires": "Expires",
    "sse": "ServerSideEncryption",
    "storage-class": "StorageClass",
    "website-redirect": "WebsiteRedirectLocation",
    "sse-kms-key-id": "SSEKMSKeyId",
    "acl": "ACL",
}

s3 = boto3.client("s3")
cloudfront = boto3.client("cloudfront")


def handler(event, context):
    request = event["RequestType"]
    physical_id = event.get("PhysicalResourceId")
    if request == "Create":
        physical_id = "aws.cdk.s3deployment." + str(uuid.uuid4())
    data = {}
    try:
        props = event["ResourceProperties"]
        old = event.get("OldResourceProperties") or {}
        if not physical_id:
            raise ValueError(f"request type is {request} but PhysicalResourceId is not defined")
        data = run(request, props, old, physical_id)
        status, reason = "SUCCESS", ""
    except Exception as e:
        logger.exception("bucket deployment failed")
        status, reason = "FAILED", f"{type(e).__name__}: {e}"
    respond(event, context, status, reason, physical_id, data)


def flag(value, default):
    # CloudFormation hands booleans to custom resources as strings.
    if value is None:
        return default
    return str(value).lower() == "true"


def normalize_prefix(prefix):
    if not prefix or prefix == "/":
        return ""
    return prefix if prefix.endswith("/") else prefix + "/"


def run(request, props, old, physical_id):
    bucket = props["DestinationBucketName"]
    raw_prefix = props.get("DestinationBucketKeyPrefix") or ""
    prefix = normalize_prefix(raw_prefix)
    retain = flag(props.get("RetainOnDelete"), True)
    client = s3
    if flag(props.get("SignContent"), False):
        client = boto3.client("s3", config=Config(s3={"payload_signing_enabled": True}))

    if request == "Delete":
        if not retain and not bucket_owned(bucket, raw_prefix if raw_prefix != "/" else ""):
            delete_prefix(bucket, prefix)
        return {}

    if request == "Update" and not retain:
        old_bucket = old.get("DestinationBucketName")
        old_prefix = normalize_prefix(old.get("DestinationBucketKeyPrefix") or "")
        if old_bucket and (old_bucket, old_prefix) != (bucket, prefix):
            delete_prefix(old_bucket, old_prefix)

    names = props["SourceBucketNames"]
    keys = props["SourceObjectKeys"]
    markers = props.get("SourceMarkers") or []
    configs = props.get("SourceMarkersConfig") or []
    if len(markers) > len(keys):
        raise ValueError(f"Can never have more SourceMarkers ({len(markers)}) than SourceObjectKeys ({len(keys)})")
    deploy(client, names, keys, markers, configs, bucket, prefix,
           extract=flag(props.get("Extract"), True),
           prune=flag(props.get("Prune"), True),
           exclude=props.get("Exclude") or [],
           include=props.get("Include") or [],
           user_metadata=props.get("UserMetadata") or {},
           system_metadata=props.get("SystemMetadata") or {})

    distribution = props.get("DistributionId")
    if distribution:
        default = raw_prefix if raw_prefix.endswith("/") else raw_prefix + "/"
        default = default if default.startswith("/") else "/" + default
        paths = props.get("DistributionPaths") or [default + "*"]
        invalidate(distribution, paths, flag(props.get("WaitForDistributionInvalidation"), True), physical_id)

    data = {
        "DestinationBucketArn": props.get("DestinationBucketArn"),
        "SourceObjectKeys": keys if flag(props.get("OutputObjectKeys"), True) else [],
    }
    if flag(props.get("OutputObjectVersionIds"), False):
        data["SourceObjectVersionIds"] = version_ids(client, bucket, prefix, keys)
    return data


def deploy(client, names, keys, markers, configs, bucket, prefix, extract, prune, exclude, include,
           user_metadata, system_metadata):
    # With useEfs, MOUNT_PATH is an EFS access point: room for sources
    # larger than the function's ephemeral storage.
    workdir = tempfile.mkdtemp(dir=os.environ.get("MOUNT_PATH") or None)
    contents = os.path.join(workdir, "contents")
    os.mkdir(contents)
    try:
        for i, (name, key) in enumerate(zip(names, keys)):
            if extract:
                archive = os.path.join(workdir, f"source-{i}.zip")
                client.download_file(name, key, archive)
                files = extract_archive(archive, contents)
                m = markers[i] if i < len(markers) else {}
                c = configs[i] if i < len(configs) else {}
                if m:
                    for f in files:
                        replace_markers(f, m, c)
            else:
                client.download_file(name, key, os.path.join(contents, os.path.basename(key)))
        sync(client, contents, bucket, prefix, prune, exclude, include, user_metadata, system_metadata)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def extract_archive(archive, dest):
    root = os.path.realpath(dest)
    written = []
    with zipfile.ZipFile(archive) as z:
        for info in z.infolist():
            target = os.path.realpath(os.path.join(dest, info.filename))
            if target != root and not target.startswith(root + os.sep):
                raise ValueError(f"archive entry {info.filename} points outside the destination")
            if info.is_dir():
                os.makedirs(target, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with z.open(info) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            written.append(target)
    return written


# ---- markers -----------------------------------------------------------

SAFE_PLAIN_YAML = re.compile(r"^[A-Za-z][A-Za-z0-9._-]*$")
YAML_RESERVED = {"y", "n", "yes", "no", "true", "false", "on", "off", "null"}


def encode_marker(name, value, config):
    default = "UNQUOTED_JSON_VALUE" if flag(config.get("jsonEscape"), False) else "LITERAL"
    encoding = (config.get("markerEncodings") or {}).get(name, default)
    if encoding == "LITERAL":
        if not isinstance(value, str):
            raise ValueError(f"marker {name}: LITERAL encoding takes a string, got {type(value).__name__}")
        return value
    if encoding == "UNQUOTED_JSON_VALUE":
        s = json.dumps(value)
        return s[1:-1] if s.startswith('"') and s.endswith('"') else s
    if encoding == "JSON_VALUE":
        return json.dumps(value)
    if encoding == "YAML_STRING":
        if not isinstance(value, str):
            raise ValueError(f"marker {name}: YAML_STRING encoding takes a string, got {type(value).__name__}")
        if SAFE_PLAIN_YAML.fullmatch(value) and value.lower() not in YAML_RESERVED:
            return value
        return json.dumps(value)
    raise ValueError(f"marker {name}: unknown encoding {encoding}")


def replace_markers(path, markers, config):
    replacements = [(k.encode(), encode_marker(k, v, config).encode()) for k, v in markers.items()]
    with open(path, "rb") as f:
        content = f.read()
    new = content
    for marker, value in replacements:
        new = new.replace(marker, value)
    if new != content:
        with open(path, "wb") as f:
            f.write(new)


# ---- sync --------------------------------------------------------------

def included(rel, exclude, include):
    # The AWS CLI applies every --exclude, then every --include; the last
    # filter that matches decides.
    keep = True
    for pattern in exclude:
        if fnmatch.fnmatchcase(rel, pattern):
            keep = False
    for pattern in include:
        if fnmatch.fnmatchcase(rel, pattern):
            keep = True
    return keep


def local_files(root):
    out = {}
    for dirpath, _, files in os.walk(root):
        for f in files:
            full = os.path.join(dirpath, f)
            out[os.path.relpath(full, root).replace(os.sep, "/")] = full
    return out


def remote_objects(client, bucket, prefix):
    objects = {}
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
        for o in page.get("Contents", []):
            objects[o["Key"]] = o
    return objects


def md5_of(path):
    h = hashlib.md5()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def put_args(rel, user_metadata, system_metadata):
    args = {}
    if user_metadata:
        args["Metadata"] = dict(user_metadata)
    for key, value in system_metadata.items():
        param = SYSTEM_METADATA.get(key)
        if param == "Expires":
            args[param] = parsedate_to_datetime(value)
        elif param:
            args[param] = value
    if "ContentType" not in args:
        guessed, _ = mimetypes.guess_type(rel)
        if guessed:
            args["ContentType"] = guessed
    return args


def sync(client, contents, bucket, prefix, prune, exclude, include, user_metadata, system_metadata):
    local = {rel: path for rel, path in local_files(contents).items() if included(rel, exclude, include)}
    remote = remote_objects(client, bucket, prefix)
    # With metadata to set, every object is written: an unchanged body may
    # still need new metadata, and S3 cannot tell us cheaply.
    always = bool(user_metadata or system_metadata)
    uploaded = 0
    for rel, path in sorted(local.items()):
        key = prefix + rel
        size = os.path.getsize(path)
        existing = remote.get(key)
        if not always and existing and existing["Size"] == size and \
                existing.get("ETag", "").strip('"') == md5_of(path):
            continue
        args = put_args(rel, user_metadata, system_metadata)
        if size < SINGLE_PUT_LIMIT:
            with open(path, "rb") as body:
                client.put_object(Bucket=bucket, Key=key, Body=body, **args)
        else:
            client.upload_file(path, bucket, key, ExtraArgs=args)
        uploaded += 1
    stale = []
    if prune:
        stale = [k for k in remote if k[len(prefix):] not in local and included(k[len(prefix):], exclude, include)]
        delete_keys(client, bucket, stale)
    logger.info("uploaded %d objects, deleted %d, to s3://%s/%s", uploaded, len(stale), bucket, prefix)


def delete_keys(client, bucket, keys):
    for i in range(0, len(keys), 1000):
        res = client.delete_objects(Bucket=bucket, Delete={"Objects": [{"Key": k} for k in keys[i:i + 1000]], "Quiet": True})
        errors = res.get("Errors") or []
        if errors:
            e = errors[0]
            raise RuntimeError(f"could not delete {len(errors)} objects from {bucket}, the first {e.get('Key')}: {e.get('Code')} {e.get('Message')}")


def delete_prefix(bucket, prefix):
    keys = list(remote_objects(s3, bucket, prefix))
    delete_keys(s3, bucket, keys)
    logger.info("deleted %d objects under s3://%s/%s", len(keys), bucket, prefix)


def bucket_owned(bucket, prefix):
    tag = OWNER_TAG + (":" + prefix if prefix else "")
    try:
        tags = s3.get_bucket_tagging(Bucket=bucket).get("TagSet", [])
    except Exception as e:
        logger.info("could not read the tags of %s: %s", bucket, e)
        return False
    return any(t["Key"].startswith(tag) for t in tags)


def version_ids(client, bucket, prefix, keys):
    out = []
    for key in keys:
        res = client.head_object(Bucket=bucket, Key=prefix + os.path.basename(key))
        out.append(res.get("VersionId", ""))
    return out


# ---- CloudFront --------------------------------------------------------

def invalidate(distribution, paths, wait, caller_reference):
    res = cloudfront.create_invalidation(DistributionId=distribution, InvalidationBatch={
        "Paths": {"Quantity": len(paths), "Items": paths},
        "CallerReference": f"{caller_reference}-{time.time()}",
    })
    if wait:
        cloudfront.get_waiter("invalidation_completed").wait(
            DistributionId=distribution, Id=res["Invalidation"]["Id"],
            WaiterConfig={"Delay": 20, "MaxAttempts": 40})


# ---- response ----------------------------------------------------------

def respond(event, context, status, reason, physical_id, data):
    body = json.dumps({
        "Status": status,
        "Reason": f"{reason} (see CloudWatch Logs: {context.log_stream_name})" if reason else "OK",
        "PhysicalResourceId": physical_id or event.get("LogicalResourceId"),
        "StackId": event["StackId"],
        "RequestId": event["RequestId"],
        "LogicalResourceId": event["LogicalResourceId"],
        "Data": data,
    }).encode()
    req = urllib.request.Request(event["ResponseURL"], data=body, method="PUT",
                                 headers={"content-type": "", "content-length": str(len(body))})
    for attempt in range(5):
        try:
            with urllib.request.urlopen(req) as r:
                logger.info("response sent: %s", r.status)
                return
        except Exception as e:
            logger.info("sending the response failed (attempt %d): %s", attempt + 1, e)
            time.sleep(2 ** attempt)
