CREATE TABLE person (
    id            VARCHAR(200) PRIMARY KEY,  -- the OIDC subject
    name          VARCHAR(200) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    email         VARCHAR(320) NOT NULL,
    registered_at TIMESTAMPTZ  NOT NULL
);
CREATE UNIQUE INDEX person_email ON person (lower(email));
