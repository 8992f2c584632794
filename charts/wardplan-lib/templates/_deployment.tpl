{{- define "wardplan-lib.deployment" -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "wardplan-lib.fullname" . }}
  labels: {{- include "wardplan-lib.labels" . | nindent 4 }}
spec:
  {{- if not .Values.autoscaling.enabled }}
  replicas: {{ .Values.replicaCount }}
  {{- end }}
  revisionHistoryLimit: 5
  strategy:
    type: RollingUpdate
    rollingUpdate: { maxUnavailable: 0, maxSurge: 1 }
  selector:
    matchLabels: {{- include "wardplan-lib.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      labels: {{- include "wardplan-lib.selectorLabels" . | nindent 8 }}
        app.kubernetes.io/part-of: wardplan
      annotations:
        checksum/config: {{ toJson .Values.config | sha256sum }}
    spec:
      serviceAccountName: {{ include "wardplan-lib.fullname" . }}
      automountServiceAccountToken: false
      securityContext: {{- include "wardplan-lib.podSecurityContext" . | nindent 8 }}
      terminationGracePeriodSeconds: {{ .Values.terminationGracePeriodSeconds }}
      containers:
        - name: {{ include "wardplan-lib.name" . }}
          image: {{ include "wardplan-lib.image" . | quote }}
          imagePullPolicy: {{ .Values.image.pullPolicy }}
          ports:
            - { name: http, containerPort: 8080, protocol: TCP }
            {{- if .Values.managementPort }}
            - { name: management, containerPort: {{ .Values.managementPort }}, protocol: TCP }
            {{- end }}
          env:
            - { name: SERVER_PORT, value: "8080" }
            {{- if .Values.managementPort }}
            - { name: MANAGEMENT_SERVER_PORT, value: {{ .Values.managementPort | quote }} }
            - { name: MANAGEMENT_SERVER_ADDRESS, value: "0.0.0.0" }
            {{- end }}
            - { name: JAVA_TOOL_OPTIONS, value: {{ .Values.jvmOptions | quote }} }
            {{- if and (.Values.global).kafkaScram .Values.kafkaClient }}
            # Kafka over TLS with this service's own SCRAM user (Strimzi KafkaUser <release>-<service>).
            - { name: SPRING_KAFKA_SECURITY_PROTOCOL, value: SASL_SSL }
            - { name: SPRING_KAFKA_PROPERTIES_SASL_MECHANISM, value: SCRAM-SHA-512 }
            - name: SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG
              valueFrom:
                secretKeyRef: { name: {{ printf "%s-%s" .Release.Name (include "wardplan-lib.name" .) | quote }}, key: sasl.jaas.config }
            - { name: SPRING_KAFKA_PROPERTIES_SSL_TRUSTSTORE_TYPE, value: PEM }
            - name: SPRING_KAFKA_PROPERTIES_SSL_TRUSTSTORE_CERTIFICATES
              valueFrom:
                secretKeyRef: { name: {{ printf "%s-cluster-ca-cert" .Values.global.kafkaClusterName | quote }}, key: ca.crt }
            {{- end }}
            {{- range $name, $secret := .Values.secretEnv }}
            - name: {{ $name }}
              valueFrom:
                secretKeyRef: { name: {{ $secret.secretName | quote }}, key: {{ $secret.key | quote }} }
            {{- end }}
          envFrom:
            - configMapRef:
                name: {{ include "wardplan-lib.fullname" . }}
          {{- include "wardplan-lib.probes" . | nindent 10 }}
          lifecycle:
            preStop:
              sleep: { seconds: 5 }
          resources: {{- toYaml .Values.resources | nindent 12 }}
          securityContext: {{- include "wardplan-lib.containerSecurityContext" . | nindent 12 }}
          volumeMounts:
            - { name: tmp, mountPath: /tmp }
      volumes:
        - name: tmp
          emptyDir: { sizeLimit: 256Mi }
      {{- with .Values.nodeSelector }}
      nodeSelector: {{- toYaml . | nindent 8 }}
      {{- end }}
      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: kubernetes.io/hostname
          whenUnsatisfiable: ScheduleAnyway
          labelSelector:
            matchLabels: {{- include "wardplan-lib.selectorLabels" . | nindent 14 }}
{{- end -}}
