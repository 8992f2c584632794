{{- define "wardplan-lib.servicemonitor" -}}
{{- if (.Values.global).serviceMonitor }}
{{- if .Values.global.serviceMonitor.enabled }}
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: {{ include "wardplan-lib.fullname" . }}
  labels: {{- include "wardplan-lib.labels" . | nindent 4 }}
spec:
  selector:
    matchLabels: {{- include "wardplan-lib.selectorLabels" . | nindent 6 }}
  endpoints:
    - { port: {{ include "wardplan-lib.actuatorPort" . }}, path: /actuator/prometheus, interval: 30s }
{{- end }}
{{- end }}
{{- end -}}
