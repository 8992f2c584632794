{{- define "wardplan-lib.service" -}}
apiVersion: v1
kind: Service
metadata:
  name: {{ include "wardplan-lib.fullname" . }}
  labels: {{- include "wardplan-lib.labels" . | nindent 4 }}
spec:
  type: ClusterIP
  selector: {{- include "wardplan-lib.selectorLabels" . | nindent 4 }}
  ports:
    - { name: http, port: 80, targetPort: http, protocol: TCP }
    {{- if .Values.managementPort }}
    - { name: management, port: {{ .Values.managementPort }}, targetPort: management, protocol: TCP }
    {{- end }}
{{- end -}}
