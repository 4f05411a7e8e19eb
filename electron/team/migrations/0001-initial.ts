/**
 * Schema 1 of the team server's database: one row per document, annotation, relation, entity and tag, projects
 * with their members, accounts and sessions, and an append-only change log numbered per project (the revision
 * that feeds undo, events and the views). Times the model stores as ISO text stay text, so what a user wrote
 * reads back byte for byte, as from the local store.
 */
export const name = 'initial schema: projects, documents, annotations, relations, entities, tags, users, memberships, sessions, change log'

export const sql = `
CREATE TABLE projects (
  id uuid PRIMARY KEY,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 10000),
  -- The rest of project.json (relation types, document fields, blind mode, tag priority): one JSON object.
  settings jsonb NOT NULL DEFAULT '{}'::jsonb,
  revision bigint NOT NULL DEFAULT 0 CHECK (revision >= 0),
  created_at text NOT NULL
);

CREATE TABLE users (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('owner', 'curator', 'annotator')),
  failed_logins integer NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
  locked_until timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE memberships (
  project_id uuid NOT NULL REFERENCES projects ON DELETE CASCADE,
  user_id bigint NOT NULL REFERENCES users ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('owner', 'curator', 'annotator')),
  PRIMARY KEY (project_id, user_id)
);

CREATE TABLE sessions (
  token_hash bytea PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE tags (
  project_id uuid NOT NULL REFERENCES projects ON DELETE CASCADE,
  id text NOT NULL CHECK (id ~ '^[a-z][a-z0-9-]{0,39}$'),
  position integer NOT NULL,
  definition jsonb NOT NULL,
  PRIMARY KEY (project_id, id)
);

CREATE TABLE documents (
  project_id uuid NOT NULL REFERENCES projects ON DELETE CASCADE,
  id text NOT NULL CHECK (length(id) BETWEEN 1 AND 200),
  position bigint NOT NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 1000),
  outlet text NOT NULL,
  byline text NOT NULL DEFAULT '',
  published text,
  url text NOT NULL DEFAULT '',
  language text NOT NULL DEFAULT '',
  status text NOT NULL CHECK (status IN ('not-started', 'in-progress', 'done')),
  imported_from text NOT NULL,
  imported_at text NOT NULL,
  text text NOT NULL,
  fields jsonb,
  done_by text[],
  curation jsonb,
  revision bigint NOT NULL DEFAULT 0,
  PRIMARY KEY (project_id, id),
  UNIQUE (project_id, position)
);

CREATE TABLE annotations (
  project_id uuid NOT NULL,
  document_id text NOT NULL,
  id text NOT NULL CHECK (length(id) >= 1),
  position bigint NOT NULL,
  tag text NOT NULL,
  start_offset integer NOT NULL CHECK (start_offset >= 0),
  end_offset integer NOT NULL,
  quote text NOT NULL,
  prefix text NOT NULL,
  suffix text NOT NULL,
  attributes jsonb NOT NULL DEFAULT '{}'::jsonb,
  note text NOT NULL DEFAULT '',
  author text NOT NULL,
  curator text,
  created_at text NOT NULL,
  updated_at text NOT NULL,
  entity_id text,
  PRIMARY KEY (project_id, document_id, id),
  FOREIGN KEY (project_id, document_id) REFERENCES documents ON DELETE CASCADE,
  CHECK (end_offset > start_offset)
);
CREATE INDEX annotations_tag ON annotations (project_id, tag);
CREATE INDEX annotations_layer ON annotations (project_id, document_id, author);
CREATE INDEX annotations_entity ON annotations (project_id, entity_id) WHERE entity_id IS NOT NULL;

CREATE TABLE relations (
  project_id uuid NOT NULL,
  document_id text NOT NULL,
  id text NOT NULL,
  position bigint NOT NULL,
  type text NOT NULL,
  from_annotation text NOT NULL,
  to_annotation text NOT NULL,
  -- Set for a relation whose target is in another document (relations.json in a local project).
  to_document text,
  author text NOT NULL,
  created_at text NOT NULL,
  PRIMARY KEY (project_id, id),
  FOREIGN KEY (project_id, document_id) REFERENCES documents ON DELETE CASCADE
);
CREATE INDEX relations_document ON relations (project_id, document_id);

CREATE TABLE entities (
  project_id uuid NOT NULL REFERENCES projects ON DELETE CASCADE,
  id text NOT NULL CHECK (length(id) BETWEEN 1 AND 64),
  record jsonb NOT NULL,
  PRIMARY KEY (project_id, id)
);

CREATE TABLE change_log (
  project_id uuid NOT NULL REFERENCES projects ON DELETE CASCADE,
  revision bigint NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  user_id bigint REFERENCES users ON DELETE SET NULL,
  document_id text,
  change jsonb NOT NULL,
  PRIMARY KEY (project_id, revision)
);
`
