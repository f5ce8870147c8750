import { migration001 } from './001_initial';
import { migration002 } from './002_claim_search';
import { migration003 } from './003_visible_claim_indexes';
import { migration004 } from './004_claim_intelligence';
import { migration005 } from './005_undo';
import { migration006 } from './006_claim_memory';
import { migration007 } from './007_article_progress';
import { migration008 } from './008_match_dismissal';
import { migration009 } from './009_speaker_by_hand';
import { migration010 } from './010_visible_speaker_index';
import { migration011 } from './011_sort_indexes';
import { migration012 } from './012_article_url';
import { migration013 } from './013_tags';
import { migration014 } from './014_source_files';
import { migration015 } from './015_speaker_kind';
import { migration016 } from './016_suggestion_stance';
import type { Migration } from './types';

export type { Migration } from './types';

/** Every migration, in order. Append only: a released migration never changes. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009, migration010, migration011, migration012, migration013, migration014, migration015, migration016];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
