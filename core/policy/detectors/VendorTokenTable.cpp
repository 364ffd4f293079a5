#include "core/policy/detectors/VendorTokenTable.h"

#include <array>

// Formats from the vendors' own token documentation (prefixes, lengths, alphabets). Where a
// vendor documents only "a random string", the token is in vendorNames() instead.

namespace custos {

namespace {

constexpr VendorToken kTokens[] = {
    {"onepassword_secret_key", "1Password account secret key (A3-...)",
     R"(A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})", 40},
    {"onepassword_service_token", "1Password service account token (ops_eyJ...)", R"(ops_eyJ[A-Za-z0-9+/]{250,}={0,3})",
     1200},
    {"adafruit_io_key", "Adafruit IO key (aio_)", R"(aio_[A-Za-z0-9]{28})", 32},
    {"age_secret_key", "age encryption secret key", R"(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})", 74},
    {"airtable_pat", "Airtable personal access token", R"(pat[A-Za-z0-9]{14}\.[a-f0-9]{64})", 82},
    {"alibaba_access_key_id", "Alibaba Cloud AccessKey id (LTAI)", R"(LTAI[A-Za-z0-9]{20})", 24},
    {"atlassian_api_token", "Atlassian API token (ATATT3)", R"(ATATT3[A-Za-z0-9_\-=]{186})", 192},
    {"artifactory_api_key", "JFrog Artifactory API key (AKCp)", R"(AKCp[A-Za-z0-9]{69})", 73},
    {"artifactory_reference_token", "JFrog Artifactory reference token", R"(cmVmdGtu[A-Za-z0-9]{56})", 64},
    {"asana_pat", "Asana personal access token", R"([0-9]/[0-9]{16}:[A-Za-z0-9]{32})", 51},
    {"aws_bedrock_api_key", "Amazon Bedrock API key (ABSK, bedrock-api-key-)",
     R"(ABSK[A-Za-z0-9+/]{109,269}={0,2}|bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/=%]{20,})", 2000},
    {"amazon_mws_token", "Amazon MWS auth token", R"(amzn\.mws\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})",
     45},
    {"authress_key", "Authress service client access key",
     R"((?:sc|ext|scauth|authress)_[a-z0-9]{5,30}\.[a-z0-9]{4,6}\.acc[_\-][a-z0-9\-]{10,32}\.[a-z0-9+/_=\-]{30,120})", 200},
    {"bitbucket_app_password", "Bitbucket app password (ATBB)", R"(ATBB[A-Za-z0-9_=.\-]{32})", 36},
    {"braintree_access_token", "Braintree / PayPal access token",
     R"(access_token\$(?:production|sandbox)\$[0-9a-z]{16}\$[0-9a-f]{32})", 80},
    {"buildkite_token", "Buildkite API access token (bkua_)", R"(bkua_[a-f0-9]{40})", 45},
    {"circleci_token", "CircleCI personal or project token (CCIPAT_, CCIPRJ_)", R"(CCIP(?:AT|RJ)_[A-Za-z0-9]{22}_[a-f0-9]{40})", 70},
    {"clickhouse_cloud_key", "ClickHouse Cloud API secret key (4b1d)", R"(4b1d[A-Za-z0-9]{38})", 42},
    {"clojars_token", "Clojars deploy token", R"(CLOJARS_[a-z0-9]{60})", 68},
    {"cloudflare_origin_ca_key", "Cloudflare Origin CA key (v1.0-)", R"(v1\.0-[a-f0-9]{24}-[a-f0-9]{146})", 177},
    {"contentful_pat", "Contentful personal access token (CFPAT-)", R"(CFPAT-[A-Za-z0-9_\-]{43})", 49},
    {"crates_io_token", "crates.io API token (cio)", R"(cio[A-Za-z0-9]{32})", 35},
    {"databricks_token", "Databricks personal access token (dapi)", R"(dapi[a-f0-9]{32}(?:-\d)?)", 38},
    {"defined_networking_key", "Defined Networking API key (dnkey-)", R"(dnkey-[a-z0-9=_\-]{26}-[a-z0-9=_\-]{52})", 90},
    {"discord_bot_token", "Discord bot token", R"([MNO][A-Za-z0-9_\-]{23,25}\.[A-Za-z0-9_\-]{6}\.[A-Za-z0-9_\-]{27,38})", 72},
    {"discord_webhook", "Discord webhook URL", R"(https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/\d{17,20}/[A-Za-z0-9_\-]{60,80})",
     150},
    {"docker_hub_pat", "Docker Hub personal access token (dckr_pat_)", R"(dckr_(?:pat|oat)_[A-Za-z0-9_\-]{27,32})", 45},
    {"doppler_token", "Doppler token (dp.pt., dp.st., dp.sa., dp.ct., dp.scim.)",
     R"(dp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9_\-]{40,44})", 60},
    {"dropbox_token", "Dropbox short-lived access token (sl.)", R"(sl\.[A-Za-z0-9_\-=]{130,160})", 170},
    {"duffel_token", "Duffel API token", R"(duffel_(?:test|live)_[A-Za-z0-9_\-=]{43})", 55},
    {"dynatrace_token", "Dynatrace API token (dt0c01.)", R"(dt0[a-z][0-9]{2}\.[A-Z0-9]{24}\.[A-Z0-9]{64})", 100},
    {"easypost_key", "EasyPost API key (EZAK, EZTK)", R"(EZ[AT]K[A-Za-z0-9]{54})", 58},
    {"facebook_access_token", "Facebook / Meta access token (EAA...)", R"(EAA[A-Za-z0-9]{100,300})", 304},
    {"figma_pat", "Figma personal access token (figd_)", R"(fig[dou]_[A-Za-z0-9_\-]{40})", 45},
    {"firebase_fcm_server_key", "Firebase Cloud Messaging server key", R"(AAAA[A-Za-z0-9_\-]{7}:[A-Za-z0-9_\-]{140})", 152},
    {"flutterwave_key", "Flutterwave public, secret or encryption key",
     R"(FLW(?:PUBK|SECK)(?:_TEST)?-[a-h0-9]{32}-X|FLWSECK(?:_TEST)?[a-h0-9]{12})", 52},
    {"frameio_token", "Frame.io developer token (fio-u-)", R"(fio-u-[A-Za-z0-9_\-=]{64})", 70},
    {"flyio_token", "Fly.io access token (fo1_, fm1a_, fm2_)", R"(fo1_[A-Za-z0-9_\-]{43}|fm[12][ar]?_[A-Za-z0-9+/]{100,}={0,3})",
     1000},
    {"google_oauth_access_token", "Google OAuth access token (ya29.)", R"(ya29\.[A-Za-z0-9_\-]{30,})", 2048},
    {"grafana_token", "Grafana API key, cloud token or service account token",
     R"(eyJrIjoi[A-Za-z0-9]{70,400}={0,3}|glc_[A-Za-z0-9+/]{32,400}={0,3}|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})", 410},
    {"groq_api_key", "Groq API key (gsk_)", R"(gsk_[A-Za-z0-9]{52})", 56},
    {"harness_token", "Harness personal or service account token",
     R"((?:pat|sat)\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20})", 80},
    {"hashicorp_tf_token", "HashiCorp Terraform Cloud token (.atlasv1.)", R"([a-z0-9]{14}\.atlasv1\.[a-z0-9\-_=]{60,70})", 100},
    {"heroku_api_key_v2", "Heroku API key (HRKU-)", R"(HRKU-AA[0-9A-Za-z_\-]{58})", 65},
    {"infisical_token", "Infisical service token (st.)", R"(st\.[a-f0-9\-]{36}\.[a-f0-9]{32}\.[a-f0-9]{32})", 110},
    {"infracost_token", "Infracost API token (ico-)", R"(ico-[A-Za-z0-9]{32})", 36},
    {"intra42_secret", "42 intra client secret", R"(s-s4t2(?:ud|af)-[a-f0-9]{64})", 75},
    {"langsmith_key", "LangSmith API key (lsv2_)", R"(lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10})", 55},
    {"linear_api_key", "Linear API key (lin_api_)", R"(lin_api_[A-Za-z0-9]{40})", 48},
    {"lob_api_key", "Lob API key", R"((?:live|test)_(?:pub_)?[a-f0-9]{31,35})", 45},
    {"mailchimp_api_key", "Mailchimp API key (-usN)", R"([a-f0-9]{32}-us[0-9]{1,2})", 37},
    {"mailgun_key", "Mailgun private or public key (key-, pubkey-)", R"((?:pub)?key-[a-f0-9]{32})", 39},
    {"mapbox_token", "Mapbox access token (pk., sk., tk.)", R"([pst]k\.eyJ[A-Za-z0-9_\-]{50,}\.[A-Za-z0-9_\-]{20,})", 400},
    {"maxmind_license_key", "MaxMind license key (_mmk)", R"([A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk)", 40},
    {"microsoft_teams_webhook", "Microsoft Teams incoming webhook URL",
     R"(https://[a-z0-9]+\.webhook\.office\.com/webhookb2/[a-z0-9\-]{36}@[a-z0-9\-]{36}/IncomingWebhook/[a-z0-9]{32}/[a-z0-9\-]{36}(?:/[A-Za-z0-9_\-]+)?)",
     320},
    {"new_relic_key", "New Relic user, browser or insert key (NRAK-, NRJS-, NRII-)",
     R"(NRAK-[A-Z0-9]{27}|NRJS-[a-f0-9]{19}|NRII-[A-Za-z0-9_\-]{32})", 37},
    {"notion_token", "Notion integration token (ntn_, secret_)", R"(ntn_[0-9]{11}[A-Za-z0-9]{35}|secret_[A-Za-z0-9]{43})", 50},
    {"nuget_api_key", "NuGet API key (oy2)", R"(oy2[a-z0-9]{43})", 46},
    {"octopus_deploy_key", "Octopus Deploy API key (API-)", R"(API-[A-Z0-9]{26})", 30},
    {"openshift_token", "OpenShift user token (sha256~)", R"(sha256~[A-Za-z0-9_\-]{43})", 50},
    {"pinecone_api_key", "Pinecone API key (pcsk_)", R"(pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{40,90})", 100},
    {"planetscale_token", "PlanetScale token or password (pscale_tkn_, pscale_oauth_, pscale_pw_)",
     R"(pscale_(?:tkn|oauth|pw)_[A-Za-z0-9_=.\-]{32,64})", 80},
    {"plaid_access_token", "Plaid access token",
     R"(access-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})", 60},
    {"postman_api_key", "Postman API key (PMAK-)", R"(PMAK-[a-f0-9]{24}-[a-f0-9]{34})", 64},
    {"prefect_api_key", "Prefect API key (pnu_)", R"(pnu_[A-Za-z0-9]{36})", 40},
    {"pulumi_token", "Pulumi access token (pul-)", R"(pul-[a-f0-9]{40})", 44},
    {"putty_private_key", "PuTTY private key file", R"(PuTTY-User-Key-File-[23]: (?:ssh|ecdsa)-[a-z0-9\-]+)", 60},
    {"readme_api_key", "ReadMe API key (rdme_)", R"(rdme_[a-z0-9]{70})", 75},
    {"render_api_key", "Render API key (rnd_)", R"(rnd_[A-Za-z0-9]{32})", 36},
    {"replicate_token", "Replicate API token (r8_)", R"(r8_[A-Za-z0-9]{37})", 40},
    {"rubygems_api_key", "RubyGems API key (rubygems_)", R"(rubygems_[a-f0-9]{48})", 57},
    {"salesforce_access_token", "Salesforce access token (00D...!)", R"(00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]{80,})", 200},
    {"scalingo_token", "Scalingo API token (tk-us-)", R"(tk-us-[A-Za-z0-9_\-]{48})", 54},
    {"sendinblue_api_key", "Brevo (Sendinblue) API key (xkeysib-)", R"(xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16})", 89},
    {"sentry_token", "Sentry user or organisation token (sntryu_, sntrys_)",
     R"(sntryu_[a-f0-9]{64}|sntrys_eyJpYXQiO[A-Za-z0-9+/=_\-]{60,300})", 320},
    {"settlemint_token", "SettleMint access token (sm_pat_, sm_aat_, sm_sat_)", R"(sm_(?:pat|aat|sat)_[A-Za-z0-9]{16})", 23},
    {"shippo_token", "Shippo API token", R"(shippo_(?:live|test)_[a-fA-F0-9]{40})", 51},
    {"sonar_token", "SonarQube / SonarCloud token (squ_, sqp_, sqa_)", R"(sq[pua]_[a-f0-9]{40})", 44},
    {"sourcegraph_token", "Sourcegraph access token (sgp_)", R"(sgp_(?:[a-fA-F0-9]{16}|local)_[a-fA-F0-9]{40}|sgp_[a-fA-F0-9]{40})",
     62},
    {"square_token", "Square access token or OAuth secret (EAAA, sq0atp-, sq0csp-)",
     R"(EAAA[A-Za-z0-9_\-]{60}|sq0atp-[A-Za-z0-9_\-]{22}|sq0csp-[A-Za-z0-9_\-]{43})", 64},
    {"stripe_webhook_secret", "Stripe webhook signing secret (whsec_)", R"(whsec_[A-Za-z0-9]{32,64})", 70},
    {"supabase_key", "Supabase access token or secret key (sbp_, sb_secret_)", R"(sbp_[a-f0-9]{40}|sb_secret_[A-Za-z0-9_\-]{31,})",
     80},
    {"tailscale_key", "Tailscale API, auth or OAuth key (tskey-)",
     R"(tskey-(?:api|auth|client|webhook|scim)-[A-Za-z0-9]{6,}-[A-Za-z0-9]{16,})", 80},
    {"twitter_bearer_token", "Twitter / X app bearer token (AAAA...)", R"(A{22}[A-Za-z0-9%]{80,120})", 150, false},
    {"typeform_token", "Typeform personal access token (tfp_)", R"(tfp_[A-Za-z0-9_\-.=]{59})", 63},
    {"vault_token", "HashiCorp Vault service or batch token (hvs., hvb.)", R"(hvs\.[A-Za-z0-9_\-]{90,120}|hvb\.[A-Za-z0-9_\-]{138,300})",
     310},
    {"xai_api_key", "xAI API key (xai-)", R"(xai-[A-Za-z0-9]{80})", 84},
    {"yandex_token", "Yandex Cloud IAM token, API key or access key (t1., AQVN, YC)",
     R"(t1\.[A-Za-z0-9_\-]+=*\.[A-Za-z0-9_\-]{86}=*|AQVN[A-Za-z0-9_\-]{35,38}|YC[A-Za-z0-9_\-]{38})", 400},
    {"zapier_webhook", "Zapier webhook URL", R"(https://hooks\.zapier\.com/hooks/catch/\d+/[a-z0-9]+/?)", 80},
    {"google_chat_webhook", "Google Chat webhook URL",
     R"(https://chat\.googleapis\.com/v1/spaces/[A-Za-z0-9_\-]+/messages\?key=[A-Za-z0-9_\-]+&token=[A-Za-z0-9_\-=%]+)", 300},
    {"tencent_secret_id", "Tencent Cloud SecretId (AKID)", R"(AKID[A-Za-z0-9]{32})", 36},
    {"gcs_hmac_access_id", "Google Cloud Storage HMAC access id (GOOG1)", R"(GOOG1[A-Z0-9]{56})", 61},
    {"ibm_cos_hmac_key", "IBM Cloud Object Storage HMAC secret access key (48 hex)",
     R"(secret_access_key["']?\s*[:=]\s*["'][a-f0-9]{48}["'])", 80},
    {"azure_sas_token", "Azure shared access signature (sv=...&sig=)",
     R"(sv=\d{4}-\d{2}-\d{2}&[A-Za-z0-9&=%:\-._]{0,200}sig=[A-Za-z0-9%+/]{40,120}={0,2}(?:%3D){0,2})", 400},
    {"azure_devops_pat", "Azure DevOps personal access token (84 characters, AZDO)", R"([A-Za-z0-9]{52}AZDO[A-Za-z0-9]{28})", 84},
    {"okta_api_token", "Okta API token (00...)", R"(00[A-Za-z0-9_\-]{40})", 42},
    {"mongodb_atlas_key", "MongoDB Atlas service account secret (mdb_sa_sk_)", R"(mdb_sa_(?:id|sk)_[A-Za-z0-9]{24,48})", 60},
    {"github_app_installation_jwt", "GitHub Actions / Packages token (ghs_, v1.)", R"(v1\.[a-f0-9]{40})", 43},
};

// Names written in the key or within a few words of a credential (lower case; matched at a word
// start, case-insensitively).
constexpr const char *kVendorNames[] = {
    "abuseipdb", "adafruit", "adobe", "airbrake", "airtable", "aiven", "algolia", "alibaba", "amplitude", "apify", "appveyor", "artifactory", "asana", "atlassian", "auth0", "autodesk", "aws", "azure", "backblaze", "beamer", "bitbucket", "bitly", "bitrise", "bittrex", "blocknative", "braintree", "brevo", "browserstack", "bugsnag", "buildkite", "calendly", "cloudinary", "circleci", "cisco", "clearbit", "clickup", "clickhouse", "clojars", "cloudflare", "cloudant", "codacy", "codecov", "cohere", "coinbase", "coinmarketcap", "confluent", "contentful", "coveralls", "currencylayer", "datadog", "databricks", "deepgram", "deepl", "deepseek", "digitalocean", "discord", "docusign", "doppler", "dropbox", "droneci", "duffel", "dynatrace", "easypost", "elevenlabs", "etherscan", "etsy", "eventbrite", "exchangerate", "facebook", "fastly", "figma", "finicity", "finnhub", "fireworks", "firebase", "flickr", "flutterwave", "frameio", "freshbooks", "freshdesk", "fullstory", "getresponse", "gitter", "gitlab", "github", "gocardless", "grafana", "groq", "gumroad", "harness", "heroku", "hubspot", "huggingface", "imgur", "infura", "instagram", "intercom", "ipinfo", "ipstack", "jfrog", "jira", "jotform", "kafka", "klaviyo", "kraken", "kucoin", "launchdarkly", "linear", "linkedin", "lokalise", "looker", "mailchimp", "mailerlite", "mailgun", "mailjet", "mapbox", "mattermost", "maxmind", "messagebird", "meraki", "microsoft", "mistral", "mixpanel", "mongodb", "netlify", "newrelic", "new_relic", "ngrok", "notion", "nytimes", "okta", "onesignal", "openai", "opsgenie", "optimizely", "pagerduty", "paypal", "paystack", "pinecone", "pipedrive", "plaid", "planetscale", "postman", "posthog", "postmark", "prefect", "pulumi", "pusher", "qualtrics", "rapidapi", "razorpay", "readme", "recurly", "reddit", "replicate", "rollbar", "rubygems", "salesforce", "scalingo", "sendbird", "sendgrid", "sendinblue", "sentry", "shippo", "shopify", "sidekiq", "slack", "smartsheet", "snowflake", "snyk", "sonar", "sonarcloud", "sonarqube", "sourcegraph", "spotify", "square", "squarespace", "stripe", "sumologic", "supabase", "surveymonkey", "tailscale", "telegram", "terraform", "todoist", "travis", "travisci", "trello", "twilio", "twitch", "twitter", "typeform", "unsplash", "uptimerobot", "vercel", "vonage", "vultr", "webex", "weatherstack", "wakatime", "woocommerce", "wordpress", "workato", "yandex", "youtube", "zapier", "zendesk", "zenhub", "zoho", "zoom", "zulip", "anthropic", "openrouter", "perplexity", "assemblyai", "weaviate", "qdrant", "langchain", "langsmith", "vimeo", "stytch", "workos", "fauna", "turso", "upstash", "flyio", "hetzner", "linode", "ovh", "scaleway", "ibm", "tencent", "baidu", "huawei", "naver", "kakao", "wechat", "alipay", "adyen", "mollie", "klarna", "revolut", "plivo", "sinch", "nexmo", "telnyx", "textmagic", "clicksend", "mailersend", "sparkpost", "mailtrap", "loggly", "logdna", "papertrail", "honeycomb", "lightstep", "splunk", "appdynamics", "instana", "raygun", "honeybadger", "lambdatest", "saucelabs", "cloudsmith", "packagecloud", "jenkins", "teamcity", "octopus", "spacelift", "env0", "veracode", "checkmarx", "sonatype", "gitguardian", "1password", "bitwarden", "hashicorp", "onelogin", "jumpcloud", "bamboohr", "ashby", "customerio", "sendpulse", "convertkit", "activecampaign", "constantcontact", "aweber", "omnisend", "shipstation", "shipengine", "easyship", "aftership", "goshippo", "taxjar", "avalara", "quickbooks", "freshsales", "zohocrm", "pipedream", "ifttt", "integromat", "n8n", "airbyte", "fivetran", "dbt", "dagster", "astronomer",
};

} // namespace

std::span<const VendorToken> VendorTokenTable::tokens()
{
    return kTokens;
}

std::span<const char *const> VendorTokenTable::vendorNames()
{
    return kVendorNames;
}

} // namespace custos
