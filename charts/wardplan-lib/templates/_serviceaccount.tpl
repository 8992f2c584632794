{{/* A service account of its own, without an API token: the services never call the Kubernetes API. */}}
{{- define "wardplan-lib.serviceaccount" -}}
apiVersion: v1
kind: ServiceAccount
metadata:
  name: {{ include "wardplan-lib.fullname" . }}
  labels: {{- include "wardplan-lib.labels" . | nindent 4 }}
automountServiceAccountToken: false
{{- end -}}
