"""Unit tests of index.py. They run the handler against moto's in-process
S3 and CloudFront (moto and boto3 are needed; without them every test is
skipped) with the CloudFormation response URL stubbed.

Run with `python3 -m unittest test_index` in this directory (handler_test.go
does, when python3 is installed).
"""
import io
import json
import os
import unittest
import zipfile
from unittest import mock

os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
os.environ.setdefault("AWS_ACCESS_KEY_ID", "testing")
os.environ.setdefault("AWS_SECRET_ACCESS_KEY", "testing")

try:
    import boto3
    from moto import mock_aws
except ImportError:  # pragma: no cover
    mock_aws = None


def zip_bytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in files.items():
            z.writestr(name, content)
    return buf.getvalue()


class Context:
    log_stream_name = "stream"


@unittest.skipIf(mock_aws is None, "moto and boto3 are not installed")
class DeploymentTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.mock = mock_aws()
        cls.mock.start()
        import index
        cls.index = index
        index.s3 = boto3.client("s3")
        index.cloudfront = boto3.client("cloudfront")
        cls.s3 = index.s3

    @classmethod
    def tearDownClass(cls):
        cls.mock.stop()

    def setUp(self):
        for b in self.s3.list_buckets().get("Buckets", []):
            name = b["Name"]
            versions = self.s3.list_object_versions(Bucket=name)
            for v in versions.get("Versions", []) + versions.get("DeleteMarkers", []):
                self.s3.delete_object(Bucket=name, Key=v["Key"], VersionId=v["VersionId"])
            self.s3.delete_bucket(Bucket=name)
        self.s3.create_bucket(Bucket="assets")
        self.s3.create_bucket(Bucket="site")
        self.sent = []
        sent = self.sent

        class Response(io.BytesIO):
            status = 200

            def __enter__(self):
                return self

            def __exit__(self, *a):
                return False

        def urlopen(req):
            sent.append(json.loads(req.data))
            return Response()

        self.patch = mock.patch.object(self.index.urllib.request, "urlopen", urlopen)
        self.patch.start()

    def tearDown(self):
        self.patch.stop()

    def put_source(self, key, files):
        self.s3.put_object(Bucket="assets", Key=key, Body=zip_bytes(files))

    def call(self, request, props, old=None, physical_id=None):
        event = {
            "RequestType": request,
            "ResponseURL": "https://cfn.example/response?sig=1",
            "StackId": "arn:aws:cloudformation:us-east-1:111111111111:stack/S/guid",
            "RequestId": "req",
            "LogicalResourceId": "DeployCustomResource",
            "ResourceProperties": dict({"ServiceToken": "arn"}, **props),
        }
        if old is not None:
            event["OldResourceProperties"] = old
        if physical_id:
            event["PhysicalResourceId"] = physical_id
        self.index.handler(event, Context())
        self.assertEqual(len(self.sent), 1)
        return self.sent.pop()

    def keys(self, bucket="site"):
        res = self.s3.list_objects_v2(Bucket=bucket)
        return sorted(o["Key"] for o in res.get("Contents", []))

    def body(self, key, bucket="site"):
        return self.s3.get_object(Bucket=bucket, Key=key)["Body"].read().decode()

    def props(self, **kw):
        p = {"SourceBucketNames": ["assets"], "SourceObjectKeys": ["a.zip"], "DestinationBucketName": "site",
             "WaitForDistributionInvalidation": "true", "Prune": "true", "OutputObjectKeys": "true"}
        p.update(kw)
        return p

    def test_create_extracts_and_prunes(self):
        self.put_source("a.zip", {"index.html": "<h1>hi</h1>", "css/site.css": "body{}", "img/logo.png": "PNG"})
        self.s3.put_object(Bucket="site", Key="stale.txt", Body=b"old")
        r = self.call("Create", self.props(DestinationBucketArn="arn:aws:s3:::site"))
        self.assertEqual(r["Status"], "SUCCESS", r)
        self.assertTrue(r["PhysicalResourceId"].startswith("aws.cdk.s3deployment."))
        self.assertEqual(r["Data"], {"DestinationBucketArn": "arn:aws:s3:::site", "SourceObjectKeys": ["a.zip"]})
        self.assertEqual(self.keys(), ["css/site.css", "img/logo.png", "index.html"])
        head = self.s3.head_object(Bucket="site", Key="index.html")
        self.assertEqual(head["ContentType"], "text/html")
        self.assertEqual(self.s3.head_object(Bucket="site", Key="css/site.css")["ContentType"], "text/css")

    def test_unchanged_files_are_not_uploaded_again(self):
        self.put_source("a.zip", {"same.txt": "same", "changed.txt": "v1"})
        self.call("Create", self.props())
        first = {k: self.s3.head_object(Bucket="site", Key=k)["LastModified"] for k in self.keys()}
        self.put_source("b.zip", {"same.txt": "same", "changed.txt": "v2"})
        puts = []
        real = self.s3.put_object
        with mock.patch.object(self.s3, "put_object", side_effect=lambda **kw: puts.append(kw["Key"]) or real(**kw)):
            self.call("Update", self.props(SourceObjectKeys=["b.zip"]), old=self.props(), physical_id="pid")
        self.assertEqual(puts, ["changed.txt"])
        self.assertEqual(self.body("changed.txt"), "v2")
        self.assertIn("same.txt", first)

    def test_no_prune_keeps_other_objects_and_prefix(self):
        self.put_source("a.zip", {"a.txt": "a"})
        self.s3.put_object(Bucket="site", Key="web/keep.txt", Body=b"k")
        self.s3.put_object(Bucket="site", Key="outside.txt", Body=b"o")
        self.call("Create", self.props(Prune="false", DestinationBucketKeyPrefix="web"))
        self.assertEqual(self.keys(), ["outside.txt", "web/a.txt", "web/keep.txt"])
        self.call("Update", self.props(DestinationBucketKeyPrefix="web"), old=self.props(), physical_id="p")
        self.assertEqual(self.keys(), ["outside.txt", "web/a.txt"])

    def test_filters(self):
        self.put_source("a.zip", {"a.txt": "a", "b.log": "b", "keep.log": "k"})
        self.s3.put_object(Bucket="site", Key="old.log", Body=b"o")
        self.call("Create", self.props(Exclude=["*.log"], Include=["keep.log"]))
        # excluded files are neither uploaded nor pruned
        self.assertEqual(self.keys(), ["a.txt", "keep.log", "old.log"])

    def test_several_sources_and_markers(self):
        self.put_source("a.zip", {"config.json": '{"topic": "<<marker:0xbaba:0>>", "port": <<marker:0xbaba:1>>}'})
        self.put_source("b.zip", {"note.txt": "arn=<<marker:0xbaba:0>>", "other.yaml": "name: <<marker:0xbaba:0>>\n"})
        r = self.call("Create", self.props(
            SourceObjectKeys=["a.zip", "b.zip"], SourceBucketNames=["assets", "assets"],
            SourceMarkers=[{"<<marker:0xbaba:0>>": 'arn:aws:sns:x:1:t"q', "<<marker:0xbaba:1>>": "8080"},
                           {"<<marker:0xbaba:0>>": "yes"}],
            SourceMarkersConfig=[{"jsonEscape": "true", "markerEncodings": {"<<marker:0xbaba:1>>": "LITERAL"}},
                                 {"markerEncodings": {"<<marker:0xbaba:0>>": "YAML_STRING"}}]))
        self.assertEqual(r["Status"], "SUCCESS", r)
        self.assertEqual(json.loads(self.body("config.json")), {"topic": 'arn:aws:sns:x:1:t"q', "port": 8080})
        self.assertEqual(self.body("note.txt"), 'arn="yes"')
        self.assertEqual(self.body("other.yaml"), 'name: "yes"\n')

    def test_extract_false_keeps_the_archive_and_reports_versions(self):
        self.s3.put_bucket_versioning(Bucket="site", VersioningConfiguration={"Status": "Enabled"})
        self.put_source("a.zip", {"x": "y"})
        r = self.call("Create", self.props(Extract="false", DestinationBucketKeyPrefix="zips/", OutputObjectVersionIds="true"))
        self.assertEqual(self.keys(), ["zips/a.zip"])
        self.assertEqual(len(r["Data"]["SourceObjectVersionIds"]), 1)
        self.assertTrue(r["Data"]["SourceObjectVersionIds"][0])

    def test_metadata(self):
        self.put_source("a.zip", {"index.html": "x"})
        self.call("Create", self.props(
            UserMetadata={"a": "1"},
            SystemMetadata={"cache-control": "max-age=60, public", "content-type": "text/plain",
                            "content-disposition": "inline", "expires": "Wed, 21 Oct 2037 07:28:00 GMT",
                            "storage-class": "STANDARD_IA"}))
        head = self.s3.head_object(Bucket="site", Key="index.html")
        self.assertEqual(head["Metadata"], {"a": "1"})
        self.assertEqual(head["CacheControl"], "max-age=60, public")
        self.assertEqual(head["ContentType"], "text/plain")
        self.assertEqual(head["ContentDisposition"], "inline")
        self.assertEqual(head["StorageClass"], "STANDARD_IA")

    def test_delete_respects_retain_and_ownership(self):
        self.put_source("a.zip", {"a.txt": "a"})
        self.call("Create", self.props())
        self.call("Delete", self.props(), physical_id="p")
        self.assertEqual(self.keys(), ["a.txt"], "RetainOnDelete defaults to true")
        self.s3.put_bucket_tagging(Bucket="site", Tagging={"TagSet": [{"Key": "aws-cdk:cr-owned:abcd1234", "Value": "true"}]})
        self.call("Delete", self.props(RetainOnDelete="false"), physical_id="p")
        self.assertEqual(self.keys(), ["a.txt"], "a deployment still owns the bucket")
        self.s3.delete_bucket_tagging(Bucket="site")
        r = self.call("Delete", self.props(RetainOnDelete="false"), physical_id="p")
        self.assertEqual(r["Status"], "SUCCESS")
        self.assertEqual(self.keys(), [])

    def test_update_moving_the_destination_cleans_the_old_one(self):
        self.put_source("a.zip", {"a.txt": "a"})
        old = self.props(RetainOnDelete="false", DestinationBucketKeyPrefix="v1/")
        self.call("Create", old)
        self.call("Update", self.props(RetainOnDelete="false", DestinationBucketKeyPrefix="v2/"), old=old, physical_id="p")
        self.assertEqual(self.keys(), ["v2/a.txt"])

    def test_cloudfront_invalidation(self):
        self.put_source("a.zip", {"a.txt": "a"})
        cf = self.index.cloudfront
        dist = cf.create_distribution(DistributionConfig={
            "CallerReference": "x", "Comment": "", "Enabled": True,
            "Origins": {"Quantity": 1, "Items": [{"Id": "o", "DomainName": "site.s3.amazonaws.com",
                                                  "S3OriginConfig": {"OriginAccessIdentity": ""}}]},
            "DefaultCacheBehavior": {"TargetOriginId": "o", "ViewerProtocolPolicy": "allow-all",
                                     "MinTTL": 0, "ForwardedValues": {"QueryString": False, "Cookies": {"Forward": "none"}},
                                     "TrustedSigners": {"Enabled": False, "Quantity": 0}},
        })["Distribution"]["Id"]
        calls, waits = [], []
        real = cf.create_invalidation

        class Waiter:
            def wait(self, **kw):
                waits.append(kw)

        with mock.patch.object(cf, "create_invalidation", side_effect=lambda **kw: calls.append(kw) or real(**kw)), \
                mock.patch.object(cf, "get_waiter", lambda name: Waiter()):
            r = self.call("Create", self.props(DistributionId=dist, DestinationBucketKeyPrefix="web"))
            self.assertEqual(r["Status"], "SUCCESS", r)
            self.assertEqual(calls[0]["InvalidationBatch"]["Paths"], {"Quantity": 1, "Items": ["/web/*"]})
            self.assertEqual(len(waits), 1)
            self.assertEqual(waits[0]["DistributionId"], dist)
            self.call("Update", self.props(DistributionId=dist, DistributionPaths=["/index.html"],
                                           WaitForDistributionInvalidation="false"), old=self.props(), physical_id="p")
            self.assertEqual(calls[1]["InvalidationBatch"]["Paths"], {"Quantity": 1, "Items": ["/index.html"]})
            self.assertEqual(len(waits), 1)

    def test_missing_property_fails(self):
        r = self.call("Create", {"DestinationBucketName": "site"})
        self.assertEqual(r["Status"], "FAILED")
        self.assertIn("SourceBucketNames", r["Reason"])

    def test_archive_escaping_the_destination_fails(self):
        self.put_source("a.zip", {"../evil.txt": "x"})
        r = self.call("Create", self.props())
        self.assertEqual(r["Status"], "FAILED")
        self.assertEqual(self.keys(), [])


class EncodingTest(unittest.TestCase):
    def test_encodings(self):
        import importlib
        try:
            index = importlib.import_module("index")
        except ImportError:
            self.skipTest("boto3 is not installed")
        enc = index.encode_marker
        self.assertEqual(enc("m", 'a"b', {}), 'a"b')
        self.assertEqual(enc("m", 'a"b', {"jsonEscape": "true"}), 'a\\"b')
        self.assertEqual(enc("m", ["x", "y"], {"jsonEscape": "true"}), '["x", "y"]')
        self.assertEqual(enc("m", "v", {"markerEncodings": {"m": "JSON_VALUE"}}), '"v"')
        self.assertEqual(enc("m", "plain", {"markerEncodings": {"m": "YAML_STRING"}}), "plain")
        self.assertEqual(enc("m", "on", {"markerEncodings": {"m": "YAML_STRING"}}), '"on"')
        with self.assertRaises(ValueError):
            enc("m", ["x"], {})


if __name__ == "__main__":
    unittest.main()
