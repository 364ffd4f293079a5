#include "core/policy/detectors/BuiltinDetectorsPrivate.h"

// The SECRET half of the built-in pack: provider credentials by their documented prefixes,
// private keys, credentials in URLs and high-entropy values assigned to secret-sounding keys.
// Token bodies end at a character that cannot continue them, so a longer random string that
// merely contains a prefix is not reported.

namespace custos::BuiltinDetectors {

namespace {

std::vector<DetectorSpec> cloudProviders()
{
    return {
        Builder("aws_access_key_id", "SECRET", "AWS access key id (AKIA..., ASIA...)",
                R"re(\b(?P<value>(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b)re")
            .validator("not_placeholder")
            .confidence(0.95)
            .maxLength(20),
        Builder("aws_secret_access_key", "SECRET", "AWS secret access key, next to an AWS secret key name",
                R"re((?:^|[^A-Za-z0-9/+=])(?P<value>[A-Za-z0-9/+]{40})(?:$|[^A-Za-z0-9/+=]))re")
            .validator("mixed_case_entropy")
            .context(
                words({"aws", "secret_access_key", "secretaccesskey", "aws_secret", "secret access key"}),
                true, 64)
            .confidence(0.85)
            .maxLength(40),
        Builder("gcp_api_key", "SECRET", "Google Cloud / Firebase API key (AIza...)",
                R"re(\b(?P<value>AIza[0-9A-Za-z_\-]{35})(?:$|[^0-9A-Za-z_\-]))re")
            .validator("not_placeholder")
            .confidence(0.95)
            .maxLength(39),
        Builder(
            "gcp_service_account_key", "SECRET", "Private key inside a Google service-account JSON file",
            R"re("private_key"\s*:\s*"(?P<value>-----BEGIN[ A-Z]{0,20}PRIVATE KEY-----[^"]{16,}?-----END[ A-Z]{0,20}PRIVATE KEY-----(?:\\n)?)")re")
            .validator("pem_body")
            .confidence(0.99)
            .maxLength(6000),
        Builder(
            "azure_storage_connection_string", "SECRET", "Azure storage connection string with AccountKey",
            R"re((?i)(?P<value>DefaultEndpointsProtocol=https?;AccountName=[^;\s"']+;AccountKey=[A-Za-z0-9+/]{86}==(?:;EndpointSuffix=[^;\s"']+)?))re")
            .validator("not_placeholder")
            .confidence(0.99)
            .maxLength(300),
        Builder("azure_storage_key", "SECRET", "Azure storage account key (88 base64 characters)",
                R"re((?:^|[^A-Za-z0-9+/])(?P<value>[A-Za-z0-9+/]{86}==))re")
            .validator("mixed_case_entropy")
            .context(words({"azure", "accountkey", "account_key", "storage"}), false, 64)
            .confidence(0.8)
            .maxLength(88),
        Builder(
            "azure_ad_client_secret", "SECRET", "Azure AD (Entra ID) client secret (xxx8Q~...)",
            R"re((?:^|[\\'"`\s>=:(,)])(?P<value>[a-zA-Z0-9_~.]{3}\dQ~[a-zA-Z0-9_~.\-]{31,34})(?:$|[\\'"`\s<),]))re")
            .validator("not_placeholder")
            .confidence(0.9)
            .maxLength(40),
        Builder("digitalocean_token", "SECRET", "DigitalOcean personal, OAuth or refresh token",
                R"re(\b(?P<value>do[opr]_v1_[a-f0-9]{64})\b)re")
            .confidence(0.97)
            .maxLength(71),
    };
}

std::vector<DetectorSpec> codeHosting()
{
    return {
        Builder("github_pat", "SECRET", "GitHub personal access token (classic, ghp_)",
                R"re(\b(?P<value>ghp_[A-Za-z0-9]{36})\b)re")
            .validator("github_checksum")
            .confidence(0.98)
            .maxLength(40),
        Builder("github_oauth_token", "SECRET", "GitHub OAuth access token (gho_)",
                R"re(\b(?P<value>gho_[A-Za-z0-9]{36})\b)re")
            .validator("github_checksum")
            .confidence(0.98)
            .maxLength(40),
        Builder("github_app_token", "SECRET",
                "GitHub App user-to-server or server-to-server token (ghu_, ghs_)",
                R"re(\b(?P<value>gh[us]_[A-Za-z0-9]{36})\b)re")
            .validator("github_checksum")
            .confidence(0.98)
            .maxLength(40),
        Builder("github_refresh_token", "SECRET", "GitHub refresh token (ghr_)",
                R"re(\b(?P<value>ghr_[A-Za-z0-9]{36,76})\b)re")
            .validator("not_placeholder")
            .confidence(0.98)
            .maxLength(80),
        Builder("github_fine_grained_pat", "SECRET",
                "GitHub fine-grained personal access token (github_pat_)",
                R"re(\b(?P<value>github_pat_[A-Za-z0-9_]{82})\b)re")
            .validator("not_placeholder")
            .confidence(0.98)
            .maxLength(93),
        Builder("gitlab_pat", "SECRET", "GitLab personal access token (glpat-), also routable",
                R"re(\b(?P<value>glpat-[A-Za-z0-9_\-]{20,}(?:\.[0-9a-z]{2}[0-9a-z]{7})?)\b)re")
            .validator("not_placeholder")
            .confidence(0.97)
            .maxLength(320),
        Builder(
            "gitlab_token", "SECRET",
            "Other GitLab tokens: deploy, runner, CI job, trigger, feed, mail, agent, SCIM, OAuth secrets",
            R"re(\b(?P<value>(?:gldt|glrt|glptt|glcbt|glimt|glagent|glsoat|glft|glffct|gloas|glsa)-[A-Za-z0-9_\-]{20,}(?:\.[0-9a-z]{2}[0-9a-z]{7})?|GR1348941[A-Za-z0-9_\-]{20})\b)re")
            .validator("not_placeholder")
            .confidence(0.95)
            .maxLength(320),
        Builder("npm_token", "SECRET", "npm access token (npm_)", R"re(\b(?P<value>npm_[A-Za-z0-9]{36})\b)re")
            .validator("not_placeholder")
            .confidence(0.97)
            .maxLength(40),
        Builder("pypi_token", "SECRET", "PyPI upload token (pypi-AgEIcHlwaS5vcmc...)",
                R"re(\b(?P<value>pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_\-]{50,}))re")
            .confidence(0.99)
            .maxLength(1020),
    };
}

std::vector<DetectorSpec> saasProviders()
{
    return {
        Builder(
            "slack_token", "SECRET", "Slack bot, user, app, legacy or configuration token (xox?-, xapp-)",
            R"re(\b(?P<value>xox[abeoprs](?:\.xox[bp])?-[0-9A-Za-z\-]{24,}|xapp-\d-[A-Z0-9]{6,20}-\d{6,20}-[a-z0-9]{32,128}))re")
            .validator("not_placeholder")
            .confidence(0.95)
            .maxLength(260),
        Builder(
            "slack_webhook", "SECRET", "Slack incoming webhook URL",
            R"re((?P<value>(?:https?://)?hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/_\-]{40,}))re")
            .confidence(0.97)
            .maxLength(150),
        Builder("stripe_secret_key", "SECRET",
                "Stripe secret or restricted key (sk_live_, rk_live_, sk_test_)",
                R"re(\b(?P<value>(?:sk|rk)_(?:live|test|prod)_[0-9A-Za-z]{10,})\b)re")
            .validator("not_placeholder")
            .confidence(0.97)
            .maxLength(255),
        Builder("stripe_publishable_key", "CONFIDENTIAL", "Stripe publishable key (pk_live_, pk_test_)",
                R"re(\b(?P<value>pk_(?:live|test)_[0-9A-Za-z]{10,})\b)re")
            .validator("not_placeholder")
            .confidence(0.7)
            .maxLength(255),
        Builder("openai_api_key", "SECRET", "OpenAI API key (sk-..., sk-proj-..., sk-svcacct-...)",
                R"re(\b(?P<value>sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{20,})(?:$|[^A-Za-z0-9_\-]))re")
            .validator("openai_key")
            .confidence(0.9)
            .maxLength(260),
        Builder("anthropic_api_key", "SECRET", "Anthropic API key (sk-ant-api03-...)",
                R"re(\b(?P<value>sk-ant-api\d{2}-[A-Za-z0-9_\-]{80,120}AA)(?:$|[^A-Za-z0-9_\-]))re")
            .confidence(0.99)
            .maxLength(140),
        Builder("anthropic_admin_key", "SECRET", "Anthropic admin API key (sk-ant-admin01-...)",
                R"re(\b(?P<value>sk-ant-admin\d{2}-[A-Za-z0-9_\-]{80,120}AA)(?:$|[^A-Za-z0-9_\-]))re")
            .confidence(0.99)
            .maxLength(140),
        Builder("huggingface_token", "SECRET", "Hugging Face access token (hf_)",
                R"re((?:^|[\\'"`\s>=:(,)])(?P<value>hf_[A-Za-z]{34})(?:$|[\\'"`\s<),]))re")
            .validator("not_placeholder")
            .confidence(0.95)
            .maxLength(37),
        Builder("huggingface_org_token", "SECRET", "Hugging Face organisation API token (api_org_)",
                R"re((?:^|[\\'"`\s>=:(,)])(?P<value>api_org_[A-Za-z]{34})(?:$|[\\'"`\s<),]))re")
            .validator("not_placeholder")
            .confidence(0.95)
            .maxLength(42),
        Builder("perplexity_api_key", "SECRET", "Perplexity API key (pplx-)",
                R"re(\b(?P<value>pplx-[A-Za-z0-9]{48})\b)re")
            .validator("not_placeholder")
            .confidence(0.95)
            .maxLength(53),
        Builder("sendgrid_api_key", "SECRET", "SendGrid API key (SG.)",
                R"re(\b(?P<value>SG\.[A-Za-z0-9=_\-.]{66}))re")
            .confidence(0.95)
            .maxLength(69),
        Builder("twilio_api_key", "SECRET", "Twilio API key (SK + 32 hex)",
                R"re(\b(?P<value>SK[0-9a-fA-F]{32})\b)re")
            .confidence(0.85)
            .maxLength(34),
        Builder("shopify_token", "SECRET",
                "Shopify access token or shared secret (shpat_, shpca_, shppa_, shpss_)",
                R"re(\b(?P<value>shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})\b)re")
            .confidence(0.97)
            .maxLength(38),
        Builder("google_oauth_client_secret", "SECRET", "Google OAuth client secret (GOCSPX-)",
                R"re(\b(?P<value>GOCSPX-[A-Za-z0-9_\-]{28})(?:$|[^A-Za-z0-9_\-]))re")
            .confidence(0.95)
            .maxLength(35),
        Builder("telegram_bot_token", "SECRET", "Telegram bot token (id:AA...)",
                R"re(\b(?P<value>\d{8,10}:AA[A-Za-z0-9_\-]{33})(?:$|[^A-Za-z0-9_\-]))re")
            .confidence(0.9)
            .maxLength(45),
    };
}

std::vector<DetectorSpec> genericSecrets()
{
    return {
        Builder(
            "jwt", "SECRET", "JSON Web Token (header.payload.signature)",
            R"re(\b(?P<value>ey[A-Za-z0-9_\-]{10,}\.ey[A-Za-z0-9_\-/\\+]{10,}\.(?:[A-Za-z0-9_\-/\\+]{10,}={0,2})?))re")
            .confidence(0.9)
            .maxLength(4096),
        Builder(
            "pem_private_key", "SECRET", "PEM, OpenSSH or PGP private key block",
            R"re((?P<value>-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----(?:[\s\S]*?-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----)?))re")
            .validator("pem_body")
            .confidence(0.97)
            .maxLength(8192),
        Builder(
            "database_url", "SECRET", "Database connection URL with a password",
            R"re((?i)\b(?P<value>(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|oracle|cockroachdb|clickhouse)://[^:/?#\s@"']+:[^@/?#\s"']+@[^/?#\s"':,]+))re")
            .validator("url_password")
            .confidence(0.97)
            .maxLength(640),
        Builder("url_credentials", "SECRET", "HTTP(S) or FTP URL with a user name and password",
                R"re((?i)\b(?P<value>(?:https?|ftps?)://[^:/?#\s@"']+:[^@/?#\s"']+@[^/?#\s"':,]+))re")
            .validator("url_password")
            .confidence(0.95)
            .maxLength(640),
        // Keyword-anchored assignments: name: value, name=value, JSON and YAML keys, .env lines,
        // X-Api-Key style headers, the assignment operators of make (?=, ::=, :::=), PHP (.=),
        // Go (var name string = ...), setProperty("NAME", "value") and <name>value</name>. The name
        // must say secret; the value must look random.
        Builder(
            "generic_secret", "SECRET",
            "High-entropy value assigned to a key, secret, token or password (entropy check)",
            R"re((?:(?i:api[_\-.]?key|apikey|secret|token|passw(?:or)?d|pwd|passwd|db[_\-]?pass|access[_\-]?key|auth[_\-]?key|client[_\-]?secret|private[_\-]?key|credentials?|signing[_\-]?key|encryption[_\-]?key|master[_\-]?key|license[_\-]?key|x-api-key|x-auth-token|webhook[_\-]?secret|session[_\-]?key|[_\-.]key|[_\-.]pass)|[a-z0-9]Key|[a-z0-9]Pass)[A-Za-z0-9_\-.\[\]]{0,24}(?:["'`]?(?:\s+(?i:string))?\s*(?:::?:?=|[?.+]=|:=|=>|===?|!==?|==?|:)\s*@?["'`]?|["'`]\s*,\s*["'`]|>\s*)(?P<value>[^\s"'`,;<{][^\s"'`,;<]{7,}))re")
            .validator("entropy")
            .confidence(0.6)
            .maxLength(200),
        Builder(
            "authorization_header", "SECRET", "Credential in an Authorization header (Bearer, Basic, token)",
            R"re((?i)\bauthorization["']?\s*[:=]\s*["']?(?:(?:bearer|basic|token|digest|apikey|api-key|api-token|sso-key|key|[a-z][a-z0-9\-]{1,20})\s+)?(?P<value>[A-Za-z0-9\-._~+/@=]{8,}))re")
            .validator("entropy")
            // The scheme is optional: "Authorization: 5eb4223e-..." carries the credential bare.
            .confidence(0.75) // a JWT or a vendor token in the header is reported as such
            .maxLength(2048),
        // -u may follow on a continued line (curl URL \ newline -u user:pass); the user may be empty.
        Builder(
            "curl_basic_auth", "SECRET", "User and password given to curl with -u / --user",
            R"re(\bcurl\b(?:[^\n]|\\\n){0,300}?\s(?:-u|--user)\s*["']?(?P<value>[^\s:"']{0,64}:[^\s"']{4,128}))re")
            .validator("connection_password")
            .confidence(0.85)
            .maxLength(200),
        Builder(
            "connection_string_password", "SECRET",
            "Password in an ADO.NET, ODBC or JDBC connection string (Server=...;Password=...)",
            R"re((?i)(?:server|data source|host|address|jdbc:[a-z:]+//[^\s;]{1,100})[=;][^\n]{0,200}?[;?&](?:password|pwd)=(?P<value>[^;&\s'"]{3,128}))re")
            .validator("connection_password")
            .confidence(0.85)
            .maxLength(128),
    };
}

} // namespace

std::vector<DetectorSpec> secretDetectors()
{
    std::vector<DetectorSpec> specs = cloudProviders();
    for (auto group : {codeHosting(), saasProviders(), genericSecrets()})
        for (DetectorSpec &spec : group)
            specs.push_back(std::move(spec));
    return specs;
}

} // namespace custos::BuiltinDetectors
