{{/*
Allowed paths of one deployable. Ingress: from the pods the chart names in networkPolicy.ingressFrom (the gateway for
a service; the ingress controller for the gateway) and from Prometheus. Egress: DNS, and the peers in
global.networkPolicy.egress (Kafka, MongoDB, Keycloak) plus the deployable's own extra egress (SMTP, webhooks).
The umbrella chart adds the namespace's deny-all policy.
*/}}
{{- define "wardplan-lib.networkpolicy" -}}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ include "wardplan-lib.fullname" . }}
  labels: {{- include "wardplan-lib.labels" . | nindent 4 }}
spec:
  podSelector:
    matchLabels: {{- include "wardplan-lib.selectorLabels" . | nindent 6 }}
  policyTypes: [Ingress, Egress]
  ingress:
    - from: {{- toYaml .Values.networkPolicy.ingressFrom | nindent 8 }}
      ports:
        - { port: http, protocol: TCP }
    {{- if .Values.managementPort }}
    # The actuator's own port: Prometheus only (the kubelet's probes are not subject to NetworkPolicy).
    - from: {{- toYaml .Values.networkPolicy.metricsFrom | nindent 8 }}
      ports:
        - { port: management, protocol: TCP }
    {{- end }}
  egress:
    - ports:
        - { port: 53, protocol: UDP }
        - { port: 53, protocol: TCP }
    {{- with ((.Values.global).networkPolicy).egress }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
    {{- with .Values.networkPolicy.extraEgress }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
{{- end -}}
