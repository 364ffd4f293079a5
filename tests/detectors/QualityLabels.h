#pragma once

// The one table that maps the shared corpora's label names onto the pack's detector ids and
// groups (tst_detector_quality). The detectors themselves never see these names.

#include <QHash>
#include <QString>
#include <QStringList>

#include <map>

namespace tst_detector_quality {

// The group every SECRET detector belongs to (filled in at run time from the pack).
inline const QString kSecretAny = QStringLiteral("secret_any");

// Groups of detectors that one label may be satisfied by.
inline const QHash<QString, QStringList> kGroups{
    {QStringLiteral("phone"), {QStringLiteral("phone_number")}},
    {QStringLiteral("ip"), {QStringLiteral("ipv4"), QStringLiteral("ipv6")}},
    {QStringLiteral("github_any"),
     {QStringLiteral("github_pat"), QStringLiteral("github_oauth_token"), QStringLiteral("github_app_token"),
      QStringLiteral("github_refresh_token"), QStringLiteral("github_fine_grained_pat")}},
    {QStringLiteral("gitlab_any"), {QStringLiteral("gitlab_pat"), QStringLiteral("gitlab_token")}},
    {QStringLiteral("aws_any"),
     {QStringLiteral("aws_access_key_id"), QStringLiteral("aws_secret_access_key")}},
    {QStringLiteral("stripe_any"),
     {QStringLiteral("stripe_secret_key"), QStringLiteral("stripe_publishable_key")}},
    {QStringLiteral("azure_storage"),
     {QStringLiteral("azure_storage_key"), QStringLiteral("azure_storage_connection_string")}},
};

// The groups whose figures gate the build.
inline const QStringList kGated{QStringLiteral("credit_card"), QStringLiteral("iban"),
                                QStringLiteral("email"),       QStringLiteral("phone"),
                                QStringLiteral("us_ssn"),      QStringLiteral("ip")};

// THE mapping table: corpus label -> group (a group name above or a single detector id).
// An empty group excludes the label, with the reason beside it.
inline const std::map<QString, QString> kLabelGroups{
    // presidio (entity types)
    {QStringLiteral("CREDIT_CARD"), QStringLiteral("credit_card")},
    {QStringLiteral("IBAN_CODE"), QStringLiteral("iban")},
    {QStringLiteral("EMAIL_ADDRESS"), QStringLiteral("email")},
    {QStringLiteral("PHONE_NUMBER"), QStringLiteral("phone")},
    {QStringLiteral("US_SSN"), QStringLiteral("us_ssn")},
    {QStringLiteral("IP_ADDRESS"), QStringLiteral("ip")},
    {QStringLiteral("MAC_ADDRESS"), QStringLiteral("mac_address")},
    {QStringLiteral("UK_NHS"), QStringLiteral("uk_nhs")},
    {QStringLiteral("UK_NINO"), QStringLiteral("uk_nino")},
    {QStringLiteral("US_ITIN"), QStringLiteral("us_itin")},
    {QStringLiteral("US_MBI"), QStringLiteral("us_mbi")},
    {QStringLiteral("ABA_ROUTING_NUMBER"), QStringLiteral("aba_routing")},
    {QStringLiteral("MEDICAL_LICENSE"),
     QStringLiteral("us_dea_number")}, // presidio's medical licence is the DEA format
    {QStringLiteral("DE_TAX_ID"), QStringLiteral("de_tax_id")},
    {QStringLiteral("DE_PASSPORT"), QStringLiteral("de_id_document")},
    {QStringLiteral("DE_ID_CARD"), QStringLiteral("de_id_document")},
    {QStringLiteral("ES_NIF"), QStringLiteral("es_dni")},
    {QStringLiteral("ES_NIE"), QStringLiteral("es_nie")},
    {QStringLiteral("IT_FISCAL_CODE"), QStringLiteral("it_fiscal_code")},
    {QStringLiteral("UK_PASSPORT"), QStringLiteral("passport_number")}, // ours needs the word passport nearby
    {QStringLiteral("US_PASSPORT"), QStringLiteral("passport_number")},
    {QStringLiteral("ES_PASSPORT"), QStringLiteral("passport_number")},
    {QStringLiteral("IT_PASSPORT"), QStringLiteral("passport_number")},
    {QStringLiteral("IN_PASSPORT"), QStringLiteral("passport_number")},
    {QStringLiteral("KR_PASSPORT"), QStringLiteral("passport_number")},
    {QStringLiteral("DATE_TIME"), QString()}, // we detect dates of birth (with context), not all dates
    {QStringLiteral("URL"), QString()},       // URLs are not sensitive; URLs with credentials are
    {QStringLiteral("CRYPTO"), QString()},    // wallet addresses are out of the pack's scope
    {QStringLiteral("US_BANK_NUMBER"),
     QString()}, // 8-17 free digits with no check digit: no precise detector
    {QStringLiteral("US_DRIVER_LICENSE"), QString()},  // per-state formats, not in the pack
    {QStringLiteral("US_NPI"), QString()},             // not in the pack
    {QStringLiteral("UK_DRIVING_LICENCE"), QString()}, // not in the pack
    {QStringLiteral("UK_POSTCODE"), QString()},        // addresses are not in the pack
    {QStringLiteral("UK_VEHICLE_REGISTRATION"), QString()},
    {QStringLiteral("TR_PHONE_NUMBER"),
     QString()}, // national mobile formats tested by a dedicated recognizer
    {QStringLiteral("PH_MOBILE_NUMBER"), QString()}, // same
    {QStringLiteral("IT_DRIVER_LICENSE"), QString()},
    {QStringLiteral("IT_IDENTITY_CARD"), QString()},
    {QStringLiteral("IT_VAT_CODE"), QString()},
    {QStringLiteral("DE_BSNR"), QString()},          // German health, company, vehicle and social ids beyond
    {QStringLiteral("DE_FUEHRERSCHEIN"), QString()}, // the tax id and identity documents are not in the pack
    {QStringLiteral("DE_HANDELSREGISTER"), QString()},
    {QStringLiteral("DE_HEALTH_INSURANCE"), QString()},
    {QStringLiteral("DE_KFZ"), QString()},
    {QStringLiteral("DE_LANR"), QString()},
    {QStringLiteral("DE_PLZ"), QString()},
    {QStringLiteral("DE_SOCIAL_SECURITY"), QString()},
    {QStringLiteral("DE_TAX_NUMBER"), QString()},
    {QStringLiteral("DE_VAT_ID"), QString()},
    // National ids of countries outside the pack (US, UK, DE, FR, ES, IT, NL only).
    {QStringLiteral("AU_ABN"), QString()},
    {QStringLiteral("AU_ACN"), QString()},
    {QStringLiteral("AU_MEDICARE"), QString()},
    {QStringLiteral("AU_TFN"), QString()},
    {QStringLiteral("CA_SIN"), QString()},
    {QStringLiteral("FI_PERSONAL_IDENTITY_CODE"), QString()},
    {QStringLiteral("IN_AADHAAR"), QString()},
    {QStringLiteral("IN_GSTIN"), QString()},
    {QStringLiteral("IN_PAN"), QString()},
    {QStringLiteral("IN_VEHICLE_REGISTRATION"), QString()},
    {QStringLiteral("IN_VOTER"), QString()},
    {QStringLiteral("KR_BRN"), QString()},
    {QStringLiteral("KR_DRIVER_LICENSE"), QString()},
    {QStringLiteral("KR_FRN"), QString()},
    {QStringLiteral("KR_RRN"), QString()},
    {QStringLiteral("NG_NIN"), QString()},
    {QStringLiteral("NG_VEHICLE_REGISTRATION"), QString()},
    {QStringLiteral("PH_TIN"), QString()},
    {QStringLiteral("PL_PESEL"), QString()},
    {QStringLiteral("SE_ORGANISATIONSNUMMER"), QString()},
    {QStringLiteral("SE_PERSONNUMMER"), QString()},
    {QStringLiteral("SG_NRIC_FIN"), QString()},
    {QStringLiteral("SG_UEN"), QString()},
    {QStringLiteral("TH_TNIN"), QString()},
    {QStringLiteral("TR_LICENSE_PLATE"), QString()},
    {QStringLiteral("TR_NATIONAL_ID"), QString()},
    {QStringLiteral("ZA_ID_NUMBER"), QString()},
    // gitleaks (rule ids)
    {QStringLiteral("aws-access-token"), QStringLiteral("aws_access_key_id")},
    {QStringLiteral("gcp-api-key"), QStringLiteral("gcp_api_key")},
    {QStringLiteral("gcp-service-account"),
     QString()}, // the example is the "type" line, without key material
    {QStringLiteral("azure-ad-client-secret"), QStringLiteral("azure_ad_client_secret")},
    {QStringLiteral("github-pat"), QStringLiteral("github_pat")},
    {QStringLiteral("github-oauth"), QStringLiteral("github_oauth_token")},
    {QStringLiteral("github-app-token"), QStringLiteral("github_app_token")},
    {QStringLiteral("github-refresh-token"), QStringLiteral("github_refresh_token")},
    {QStringLiteral("github-fine-grained-pat"), QStringLiteral("github_fine_grained_pat")},
    {QStringLiteral("gitlab-pat"), QStringLiteral("gitlab_pat")},
    {QStringLiteral("gitlab-pat-routable"), QStringLiteral("gitlab_pat")},
    {QStringLiteral("gitlab-cicd-job-token"), QStringLiteral("gitlab_token")},
    {QStringLiteral("gitlab-deploy-token"), QStringLiteral("gitlab_token")},
    {QStringLiteral("gitlab-feature-flag-client-token"), QStringLiteral("gitlab_token")},
    {QStringLiteral("gitlab-feed-token"), QStringLiteral("gitlab_token")},
    {QStringLiteral("gitlab-incoming-mail-token"), QStringLiteral("gitlab_token")},
    {QStringLiteral("gitlab-kubernetes-agent-token"), QStringLiteral("gitlab_token")},
    {QStringLiteral("gitlab-oauth-app-secret"), QStringLiteral("gitlab_token")},
    {QStringLiteral("gitlab-ptt"), QStringLiteral("gitlab_token")},
    {QStringLiteral("gitlab-rrt"), QStringLiteral("gitlab_token")},
    {QStringLiteral("gitlab-runner-authentication-token"), QStringLiteral("gitlab_token")},
    {QStringLiteral("gitlab-runner-authentication-token-routable"), QStringLiteral("gitlab_token")},
    {QStringLiteral("gitlab-scim-token"), QStringLiteral("gitlab_token")},
    {QStringLiteral("gitlab-session-cookie"), QString()}, // a session cookie, not a credential format we ship
    {QStringLiteral("slack-app-token"), QStringLiteral("slack_token")},
    {QStringLiteral("slack-bot-token"), QStringLiteral("slack_token")},
    {QStringLiteral("slack-config-access-token"), QStringLiteral("slack_token")},
    {QStringLiteral("slack-config-refresh-token"), QStringLiteral("slack_token")},
    {QStringLiteral("slack-legacy-bot-token"), QStringLiteral("slack_token")},
    {QStringLiteral("slack-legacy-token"), QStringLiteral("slack_token")},
    {QStringLiteral("slack-legacy-workspace-token"), QStringLiteral("slack_token")},
    {QStringLiteral("slack-user-token"), QStringLiteral("slack_token")},
    {QStringLiteral("slack-webhook-url"), QStringLiteral("slack_webhook")},
    {QStringLiteral("stripe-access-token"), QStringLiteral("stripe_secret_key")},
    {QStringLiteral("anthropic-api-key"), QStringLiteral("anthropic_api_key")},
    {QStringLiteral("anthropic-admin-api-key"), QStringLiteral("anthropic_admin_key")},
    {QStringLiteral("huggingface-access-token"), QStringLiteral("huggingface_token")},
    {QStringLiteral("huggingface-organization-api-token"), QStringLiteral("huggingface_org_token")},
    {QStringLiteral("jwt"), QStringLiteral("jwt")},
    {QStringLiteral("jwt-base64"), QString()}, // a base64-wrapped JWT: not decoded by the pack
    {QStringLiteral("private-key"), QStringLiteral("pem_private_key")},
    {QStringLiteral("generic-api-key"), kSecretAny}, // "a secret is here": any SECRET detector
    {QStringLiteral("npm-access-token"), QStringLiteral("npm_token")},
    {QStringLiteral("sendgrid-api-token"), QStringLiteral("sendgrid_api_key")},
    {QStringLiteral("twilio-api-key"), QStringLiteral("twilio_api_key")},
    {QStringLiteral("pypi-upload-token"), QStringLiteral("pypi_token")},
    {QStringLiteral("shopify-access-token"), QStringLiteral("shopify_token")},
    {QStringLiteral("shopify-custom-access-token"), QStringLiteral("shopify_token")},
    {QStringLiteral("shopify-private-app-access-token"), QStringLiteral("shopify_token")},
    {QStringLiteral("shopify-shared-secret"), QStringLiteral("shopify_token")},
    {QStringLiteral("digitalocean-access-token"), QStringLiteral("digitalocean_token")},
    {QStringLiteral("digitalocean-pat"), QStringLiteral("digitalocean_token")},
    {QStringLiteral("digitalocean-refresh-token"), QStringLiteral("digitalocean_token")},
    {QStringLiteral("perplexity-api-key"), QStringLiteral("perplexity_api_key")},
    {QStringLiteral("sidekiq-sensitive-url"), QStringLiteral("url_credentials")},
    {QStringLiteral("curl-auth-user"), QStringLiteral("curl_basic_auth")},
    // detect-secrets (plugins)
    {QStringLiteral("keyword"), kSecretAny},
    {QStringLiteral("keyword_secret"), kSecretAny},
    {QStringLiteral("aws_key"), QStringLiteral("aws_any")},
    {QStringLiteral("basic_auth"), QStringLiteral("url_credentials")},
    {QStringLiteral("github_token"), QStringLiteral("github_any")},
    {QStringLiteral("gitlab_token"), QStringLiteral("gitlab_any")},
    {QStringLiteral("jwt"), QStringLiteral("jwt")},
    {QStringLiteral("npm"), QStringLiteral("npm_token")},
    {QStringLiteral("openai"), QStringLiteral("openai_api_key")},
    {QStringLiteral("pypi_token"), QStringLiteral("pypi_token")},
    {QStringLiteral("sendgrid"), QStringLiteral("sendgrid_api_key")},
    {QStringLiteral("stripe_key"), QStringLiteral("stripe_any")},
    {QStringLiteral("telegram_token"), QStringLiteral("telegram_bot_token")},
    {QStringLiteral("twilio"), QStringLiteral("twilio_api_key")},
    {QStringLiteral("azure_storage_key"), QStringLiteral("azure_storage")},
    {QStringLiteral("ip_public"),
     QString()}, // flags public addresses only; ours reports private ones by design
    {QStringLiteral("artifactory"), QStringLiteral("secret_any")},
    {QStringLiteral("cloudant"), QStringLiteral("secret_any")},
    {QStringLiteral("discord"), QStringLiteral("secret_any")},
    {QStringLiteral("ibm_cloud_iam"), QStringLiteral("secret_any")},
    {QStringLiteral("ibm_cos_hmac"), QStringLiteral("secret_any")},
    {QStringLiteral("mailchimp_key"), QStringLiteral("secret_any")},
    {QStringLiteral("softlayer"), QStringLiteral("secret_any")},
};

// gitleaks rules for the long tail of vendors, counted as one group: any SECRET detector that
// flags the row (a vendor token detector, vendor_keyword_secret, generic_secret) is a hit, as a
// secret scanner's row recall counts. Listed so a new rule in the corpus fails the
// all-labels-accounted-for check until someone decides about it.
inline const QStringList kLongTailVendorRules =
    QStringLiteral(
        "1password-secret-key 1password-service-account-token adafruit-api-key adobe-client-id "
        "adobe-client-secret "
        "age-secret-key airtable-api-key airtable-personnal-access-token algolia-api-key "
        "alibaba-access-key-id "
        "alibaba-secret-key artifactory-api-key artifactory-reference-token asana-client-id "
        "asana-client-secret "
        "atlassian-api-token aws-amazon-bedrock-api-key-long-lived aws-amazon-bedrock-api-key-short-lived "
        "beamer-api-token bitbucket-client-id bitbucket-client-secret bittrex-access-key bittrex-secret-key "
        "cisco-meraki-api-key clickhouse-cloud-api-secret-key clojars-api-token cloudflare-api-key "
        "cloudflare-global-api-key cloudflare-origin-ca-key codecov-access-token cohere-api-token "
        "coinbase-access-token confluent-access-token confluent-secret-key contentful-delivery-api-token "
        "curl-auth-header databricks-api-token datadog-access-token defined-networking-api-token "
        "discord-api-token "
        "discord-client-id discord-client-secret doppler-api-token droneci-access-token dropbox-api-token "
        "duffel-api-token dynatrace-api-token easypost-api-token easypost-test-api-token etsy-access-token "
        "facebook-access-token facebook-page-access-token facebook-secret fastly-api-token "
        "finicity-api-token "
        "finicity-client-secret finnhub-access-token flickr-access-token flutterwave-encryption-key "
        "flutterwave-public-key flutterwave-secret-key flyio-access-token frameio-api-token "
        "freshbooks-access-token "
        "gitter-access-token gocardless-api-token grafana-api-key grafana-cloud-api-token "
        "grafana-service-account-token harness-api-key hashicorp-tf-api-token heroku-api-key "
        "heroku-api-key-v2 "
        "hubspot-api-key infracost-api-token intercom-api-key intra42-client-secret jfrog-identity-token "
        "kraken-access-token kucoin-access-token kucoin-secret-key launchdarkly-access-token linear-api-key "
        "linear-client-secret linkedin-client-id linkedin-client-secret lob-api-key lob-pub-api-key "
        "looker-client-id "
        "looker-client-secret mailchimp-api-key mailgun-private-api-token mailgun-pub-key "
        "mailgun-signing-key "
        "mapbox-api-token mattermost-access-token maxmind-license-key messagebird-api-token "
        "messagebird-client-id "
        "microsoft-teams-webhook netlify-access-token new-relic-browser-api-token new-relic-insert-key "
        "new-relic-user-api-id new-relic-user-api-key notion-api-token nytimes-access-token "
        "octopus-deploy-api-key "
        "okta-access-token openshift-user-token plaid-api-token plaid-client-id plaid-secret-key "
        "planetscale-api-token planetscale-oauth-token planetscale-password postman-api-token "
        "prefect-api-token "
        "privateai-api-token pulumi-api-token rapidapi-access-token readme-api-token rubygems-api-token "
        "scalingo-api-token sendbird-access-id sendbird-access-token sendinblue-api-token "
        "sentry-access-token "
        "sentry-org-token sentry-user-token settlemint-application-access-token "
        "settlemint-personal-access-token "
        "settlemint-service-access-token shippo-api-token sidekiq-secret snyk-api-token sonar-api-token "
        "sourcegraph-access-token square-access-token square-secret squarespace-access-token "
        "sumologic-access-id "
        "sumologic-access-token travisci-access-token trello-access-token twitch-api-token "
        "twitter-access-secret "
        "twitter-access-token twitter-api-key twitter-api-secret twitter-bearer-token typeform-api-token "
        "vault-batch-token vault-service-token yandex-access-token yandex-api-key yandex-aws-access-token "
        "zendesk-secret-key")
        .split(u' ');

} // namespace tst_detector_quality
