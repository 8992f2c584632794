{{/* Non-secret configuration as environment variables (Spring Boot's relaxed binding); values may use templates. */}}
{{- define "wardplan-lib.configmap" -}}
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "wardplan-lib.fullname" . }}
  labels: {{- include "wardplan-lib.labels" . | nindent 4 }}
data:
  {{- with (.Values.global).kafkaBootstrapServers }}
  SPRING_KAFKA_BOOTSTRAP_SERVERS: {{ . | quote }}
  {{- end }}
  {{- with (.Values.global).keycloak }}
  WARDPLAN_KEYCLOAK_PUBLIC_URL: {{ .url | quote }}
  WARDPLAN_KEYCLOAK_URL: {{ .url | quote }}
  WARDPLAN_KEYCLOAK_REALM: {{ .realm | quote }}
  WARDPLAN_SECURITY_ISSUER_URI: {{ printf "%s/realms/%s" .url .realm | quote }}
  {{- end }}
  {{- with (.Values.global).publicUrl }}
  WARDPLAN_APP_BASE_URL: {{ . | quote }}
  {{- end }}
  {{- range $key, $value := .Values.config }}
  {{ $key }}: {{ tpl ($value | toString) $ | quote }}
  {{- end }}
{{- end -}}
