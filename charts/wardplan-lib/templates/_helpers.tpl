{{/* The deployable's name: the chart name unless nameOverride is set. */}}
{{- define "wardplan-lib.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Full name: <release>-<name>, or the name alone when the release is named after it. */}}
{{- define "wardplan-lib.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := include "wardplan-lib.name" . -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* Labels every object carries (app.kubernetes.io/*). */}}
{{- define "wardplan-lib.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{ include "wardplan-lib.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: wardplan
{{- end -}}

{{/* Labels that select the deployable's pods. */}}
{{- define "wardplan-lib.selectorLabels" -}}
app.kubernetes.io/name: {{ include "wardplan-lib.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{/* The image reference: global registry, the chart's repository, the tag (never "latest"). */}}
{{- define "wardplan-lib.image" -}}
{{- $registry := default "" (.Values.global).imageRegistry -}}
{{- $tag := default .Chart.AppVersion (default (.Values.global).imageTag .Values.image.tag) -}}
{{- if eq (toString $tag) "latest" -}}{{- fail "image tag \"latest\" is refused: pin a version" -}}{{- end -}}
{{- if $registry -}}{{ printf "%s/%s:%s" $registry .Values.image.repository $tag }}{{- else -}}{{ printf "%s:%s" .Values.image.repository $tag }}{{- end -}}
{{- end -}}

{{/* Pod security: non-root, no privilege escalation, read-only root filesystem, no capabilities, RuntimeDefault seccomp. */}}
{{- define "wardplan-lib.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: 10001
runAsGroup: 10001
fsGroup: 10001
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{- define "wardplan-lib.containerSecurityContext" -}}
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
runAsNonRoot: true
capabilities:
  drop: ["ALL"]
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{/* The port the actuator answers on: its own management port where the chart sets one (the gateway's). */}}
{{- define "wardplan-lib.actuatorPort" -}}
{{- if .Values.managementPort }}management{{ else }}http{{ end -}}
{{- end -}}

{{/* Probes on Spring Boot's actuator liveness and readiness groups. */}}
{{- define "wardplan-lib.probes" -}}
startupProbe:
  httpGet: { path: /actuator/health/liveness, port: {{ include "wardplan-lib.actuatorPort" . }} }
  periodSeconds: 5
  failureThreshold: 60
livenessProbe:
  httpGet: { path: /actuator/health/liveness, port: {{ include "wardplan-lib.actuatorPort" . }} }
  periodSeconds: 10
  failureThreshold: 3
readinessProbe:
  httpGet: { path: /actuator/health/readiness, port: {{ include "wardplan-lib.actuatorPort" . }} }
  periodSeconds: 5
  failureThreshold: 3
{{- end -}}
