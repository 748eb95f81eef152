{{/*
Shared helpers. Every per-service template ranges over .Values.services and builds a
context with include "pygov.context": (dict "root" $ "name" <service> "s" <settings>).
*/}}

{{/* The chart name, overridable. */}}
{{- define "pygov.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Prefix of every resource: the release name, plus the chart name unless the release name already holds it. */}}
{{- define "pygov.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- $name := include "pygov.name" . -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 40 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/*
Settings of one service: .Values.defaults, where each top-level key the service sets
replaces the default of the same name as a whole (no deep merge, so false and 0 win).
Argument: (dict "root" $ "service" <the services.<name> map>). Returns YAML.
*/}}
{{- define "pygov.settings" -}}
{{- $out := deepCopy .root.Values.defaults -}}
{{- range $key, $value := .service -}}
{{- $_ := set $out $key $value -}}
{{- end -}}
{{- toYaml $out -}}
{{- end -}}

{{/* Name of one service's resources. Argument: the service context. */}}
{{- define "pygov.serviceFullname" -}}
{{- printf "%s-%s" (include "pygov.fullname" .root) .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Selector labels of one service. Argument: the service context. */}}
{{- define "pygov.selectorLabels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{/* All labels of one service. Argument: the service context. */}}
{{- define "pygov.labels" -}}
{{ include "pygov.selectorLabels" . }}
app.kubernetes.io/part-of: pygov
app.kubernetes.io/component: {{ .name }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" }}
{{- end -}}

{{/* Labels of chart-wide resources (topics). Argument: the root context. */}}
{{- define "pygov.chartLabels" -}}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/part-of: pygov
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{- end -}}

{{/* Image reference <registry>/<prefix>/<service>:<tag>. Argument: the service context. */}}
{{- define "pygov.image" -}}
{{- $image := .root.Values.image -}}
{{- $tag := default (default .root.Chart.AppVersion $image.tag) (.s.image).tag -}}
{{- printf "%s/%s/%s:%s" $image.registry $image.repositoryPrefix .name $tag -}}
{{- end -}}

{{/* Whether one service sends mail (only notification-service has a mail block). */}}
{{- define "pygov.sendsMail" -}}
{{- if .s.mail }}true{{- end -}}
{{- end -}}

{{/* One TCP egress rule from a {to, ports} block of networkPolicy.egress. */}}
{{- define "pygov.egressRule" -}}
- to:
    {{- toYaml .to | nindent 4 }}
  ports:
    {{- range .ports }}
    - port: {{ . }}
      protocol: TCP
    {{- end }}
{{- end -}}
