{{- define "wardplan-lib.pdb" -}}
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ include "wardplan-lib.fullname" . }}
  labels: {{- include "wardplan-lib.labels" . | nindent 4 }}
spec:
  maxUnavailable: 1
  selector:
    matchLabels: {{- include "wardplan-lib.selectorLabels" . | nindent 6 }}
{{- end -}}
