/**
 * Deploys a baked site to S3-compatible object storage (AWS S3, Aliyun OSS, Tencent COS, MinIO,
 * Cloudflare R2) with the AWS SDK for Java v2: only new and changed objects are stored (by size, MD5 and a
 * hash of the intended headers), assets before articles before listings before the front page before feeds,
 * stale objects deleted last and within a limit. {@link news.portal.deploy.Deployer} is the entry point,
 * {@link news.portal.deploy.DeployConfig} its settings; everything else is package-private.
 */
package news.portal.deploy;
