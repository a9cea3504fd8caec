"""initial schema: every record kind, outbox, audit, drafts

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('agency',
    sa.Column('agency', sa.Text(), nullable=False),
    sa.Column('plan_type', sa.String(length=32), nullable=False),
    sa.Column('lead_worker', sa.Text(), nullable=False),
    sa.Column('contact', sa.Text(), nullable=False),
    sa.Column('plan_summary', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.String(length=48), nullable=False),
    sa.Column('base_rev', sa.String(length=48), nullable=True),
    sa.Column('merge_rev', sa.String(length=48), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('is_head', sa.Boolean(), nullable=False),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', 'rev', name=op.f('pk_agency'))
    )
    with op.batch_alter_table('agency', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agency_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agency_is_head'), ['is_head'], unique=False)

    op.create_table('audit_event',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('at', sa.String(length=32), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.String(length=48), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_event'))
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_event_child_id'), ['child_id'], unique=False)

    op.create_table('child',
    sa.Column('given_name', sa.Text(), nullable=False),
    sa.Column('family_name', sa.Text(), nullable=False),
    sa.Column('preferred_name', sa.Text(), nullable=False),
    sa.Column('pronouns', sa.Text(), nullable=False),
    sa.Column('date_of_birth', sa.Date(), nullable=True),
    sa.Column('legal_status', sa.Text(), nullable=False),
    sa.Column('language', sa.Text(), nullable=False),
    sa.Column('welsh_preference', sa.String(length=16), nullable=False),
    sa.Column('communication_needs', sa.Text(), nullable=False),
    sa.Column('what_helps', sa.Text(), nullable=False),
    sa.Column('education_status', sa.Text(), nullable=False),
    sa.Column('school', sa.Text(), nullable=False),
    sa.Column('about_me', sa.Text(), nullable=False),
    sa.Column('house_names', sa.JSON(), nullable=False),
    sa.Column('practitioner_id', sa.String(length=64), nullable=False),
    sa.Column('practitioner_name', sa.Text(), nullable=False),
    sa.Column('team', sa.Text(), nullable=False),
    sa.Column('next_visit', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.String(length=48), nullable=False),
    sa.Column('base_rev', sa.String(length=48), nullable=True),
    sa.Column('merge_rev', sa.String(length=48), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('is_head', sa.Boolean(), nullable=False),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', 'rev', name=op.f('pk_child'))
    )
    with op.batch_alter_table('child', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_child_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_child_is_head'), ['is_head'], unique=False)
        batch_op.create_index(batch_op.f('ix_child_practitioner_id'), ['practitioner_id'], unique=False)

    op.create_table('concern',
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('details', sa.Text(), nullable=False),
    sa.Column('raised_at', sa.String(length=32), nullable=True),
    sa.Column('raised_by', sa.Text(), nullable=False),
    sa.Column('severity', sa.String(length=16), nullable=False),
    sa.Column('told', sa.JSON(), nullable=False),
    sa.Column('response_due', sa.String(length=32), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('outcome', sa.Text(), nullable=False),
    sa.Column('child_told', sa.Boolean(), nullable=True),
    sa.Column('carers_told', sa.Boolean(), nullable=True),
    sa.Column('closed_at', sa.String(length=32), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.String(length=48), nullable=False),
    sa.Column('base_rev', sa.String(length=48), nullable=True),
    sa.Column('merge_rev', sa.String(length=48), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('is_head', sa.Boolean(), nullable=False),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', 'rev', name=op.f('pk_concern'))
    )
    with op.batch_alter_table('concern', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_concern_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_concern_is_head'), ['is_head'], unique=False)

    op.create_table('context',
    sa.Column('context_type', sa.String(length=16), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('concerns', sa.Text(), nullable=False),
    sa.Column('strengths', sa.Text(), nullable=False),
    sa.Column('change_first', sa.Boolean(), nullable=False),
    sa.Column('restricted', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.String(length=48), nullable=False),
    sa.Column('base_rev', sa.String(length=48), nullable=True),
    sa.Column('merge_rev', sa.String(length=48), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('is_head', sa.Boolean(), nullable=False),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', 'rev', name=op.f('pk_context'))
    )
    with op.batch_alter_table('context', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_context_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_context_is_head'), ['is_head'], unique=False)

    op.create_table('coreview_response',
    sa.Column('plan_id', sa.String(length=36), nullable=False),
    sa.Column('plan_rev', sa.String(length=48), nullable=False),
    sa.Column('section', sa.String(length=64), nullable=False),
    sa.Column('responder_name', sa.Text(), nullable=False),
    sa.Column('responder_role', sa.String(length=16), nullable=False),
    sa.Column('answer', sa.String(length=16), nullable=False),
    sa.Column('words', sa.Text(), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('corrects_id', sa.String(length=36), nullable=True),
    sa.Column('retracted', sa.Boolean(), nullable=False),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_coreview_response'))
    )
    with op.batch_alter_table('coreview_response', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_coreview_response_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_coreview_response_corrects_id'), ['corrects_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_coreview_response_plan_id'), ['plan_id'], unique=False)

    op.create_table('draft',
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_draft'))
    )
    with op.batch_alter_table('draft', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_draft_child_id'), ['child_id'], unique=False)

    op.create_table('drawing',
    sa.Column('visit_id', sa.String(length=36), nullable=True),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('png', sa.LargeBinary(), nullable=False),
    sa.Column('width', sa.Integer(), nullable=False),
    sa.Column('height', sa.Integer(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('corrects_id', sa.String(length=36), nullable=True),
    sa.Column('retracted', sa.Boolean(), nullable=False),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_drawing'))
    )
    with op.batch_alter_table('drawing', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_drawing_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_drawing_corrects_id'), ['corrects_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_drawing_visit_id'), ['visit_id'], unique=False)

    op.create_table('escalation_step',
    sa.Column('concern_id', sa.String(length=36), nullable=False),
    sa.Column('step', sa.Integer(), nullable=False),
    sa.Column('to_whom', sa.Text(), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=True),
    sa.Column('outcome', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('corrects_id', sa.String(length=36), nullable=True),
    sa.Column('retracted', sa.Boolean(), nullable=False),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_escalation_step'))
    )
    with op.batch_alter_table('escalation_step', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_escalation_step_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_escalation_step_concern_id'), ['concern_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_escalation_step_corrects_id'), ['corrects_id'], unique=False)

    op.create_table('info_sharing',
    sa.Column('shared', sa.Boolean(), nullable=False),
    sa.Column('what', sa.Text(), nullable=False),
    sa.Column('with_whom', sa.Text(), nullable=False),
    sa.Column('why', sa.Text(), nullable=False),
    sa.Column('basis', sa.Text(), nullable=False),
    sa.Column('at', sa.String(length=32), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('corrects_id', sa.String(length=36), nullable=True),
    sa.Column('retracted', sa.Boolean(), nullable=False),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_info_sharing'))
    )
    with op.batch_alter_table('info_sharing', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_info_sharing_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_info_sharing_corrects_id'), ['corrects_id'], unique=False)

    op.create_table('key_moment',
    sa.Column('moment_type', sa.String(length=32), nullable=False),
    sa.Column('occurred_at', sa.String(length=32), nullable=True),
    sa.Column('returned_at', sa.String(length=32), nullable=True),
    sa.Column('details', sa.Text(), nullable=False),
    sa.Column('response', sa.Text(), nullable=False),
    sa.Column('response_due', sa.String(length=32), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('corrects_id', sa.String(length=36), nullable=True),
    sa.Column('retracted', sa.Boolean(), nullable=False),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_key_moment'))
    )
    with op.batch_alter_table('key_moment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_key_moment_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_key_moment_corrects_id'), ['corrects_id'], unique=False)

    op.create_table('key_moment_response',
    sa.Column('key_moment_id', sa.String(length=36), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('done_at', sa.String(length=32), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('corrects_id', sa.String(length=36), nullable=True),
    sa.Column('retracted', sa.Boolean(), nullable=False),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_key_moment_response'))
    )
    with op.batch_alter_table('key_moment_response', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_key_moment_response_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_key_moment_response_corrects_id'), ['corrects_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_key_moment_response_key_moment_id'), ['key_moment_id'], unique=False)

    op.create_table('level_signoff',
    sa.Column('decision_id', sa.String(length=36), nullable=False),
    sa.Column('manager', sa.Text(), nullable=False),
    sa.Column('signed_at', sa.String(length=32), nullable=True),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('corrects_id', sa.String(length=36), nullable=True),
    sa.Column('retracted', sa.Boolean(), nullable=False),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_level_signoff'))
    )
    with op.batch_alter_table('level_signoff', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_level_signoff_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_level_signoff_corrects_id'), ['corrects_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_level_signoff_decision_id'), ['decision_id'], unique=False)

    op.create_table('outbox',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.String(length=48), nullable=True),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_outbox'))
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_outbox_record_id'), ['record_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_outbox_state'), ['state'], unique=False)

    op.create_table('person',
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('relationship', sa.Text(), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('agency', sa.Text(), nullable=False),
    sa.Column('contact', sa.Text(), nullable=False),
    sa.Column('parental_responsibility', sa.Boolean(), nullable=False),
    sa.Column('contact_restriction', sa.Text(), nullable=False),
    sa.Column('child_view', sa.String(length=16), nullable=True),
    sa.Column('child_view_words', sa.Text(), nullable=False),
    sa.Column('worker_view', sa.String(length=16), nullable=True),
    sa.Column('worker_view_notes', sa.Text(), nullable=False),
    sa.Column('trusted_adult', sa.Boolean(), nullable=False),
    sa.Column('leads_relationship', sa.Boolean(), nullable=False),
    sa.Column('of_concern', sa.Boolean(), nullable=False),
    sa.Column('withheld', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.String(length=48), nullable=False),
    sa.Column('base_rev', sa.String(length=48), nullable=True),
    sa.Column('merge_rev', sa.String(length=48), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('is_head', sa.Boolean(), nullable=False),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', 'rev', name=op.f('pk_person'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_is_head'), ['is_head'], unique=False)

    op.create_table('referral',
    sa.Column('concern_id', sa.String(length=36), nullable=True),
    sa.Column('referral_type', sa.String(length=32), nullable=False),
    sa.Column('made_at', sa.String(length=32), nullable=True),
    sa.Column('ack_due', sa.String(length=32), nullable=True),
    sa.Column('acknowledged_at', sa.String(length=32), nullable=True),
    sa.Column('reference', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.String(length=48), nullable=False),
    sa.Column('base_rev', sa.String(length=48), nullable=True),
    sa.Column('merge_rev', sa.String(length=48), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('is_head', sa.Boolean(), nullable=False),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', 'rev', name=op.f('pk_referral'))
    )
    with op.batch_alter_table('referral', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referral_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_is_head'), ['is_head'], unique=False)

    op.create_table('review',
    sa.Column('trigger', sa.String(length=32), nullable=False),
    sa.Column('key_moment_id', sa.String(length=36), nullable=True),
    sa.Column('plan_id', sa.String(length=36), nullable=True),
    sa.Column('held_at', sa.String(length=32), nullable=True),
    sa.Column('agency_inputs', sa.JSON(), nullable=False),
    sa.Column('child_views', sa.Text(), nullable=False),
    sa.Column('carer_views', sa.Text(), nullable=False),
    sa.Column('what_changed', sa.Text(), nullable=False),
    sa.Column('new_level', sa.String(length=16), nullable=True),
    sa.Column('next_review', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('corrects_id', sa.String(length=36), nullable=True),
    sa.Column('retracted', sa.Boolean(), nullable=False),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review'))
    )
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_review_corrects_id'), ['corrects_id'], unique=False)

    op.create_table('safety_level',
    sa.Column('level', sa.String(length=16), nullable=False),
    sa.Column('reasoning', sa.Text(), nullable=False),
    sa.Column('decided_at', sa.String(length=32), nullable=True),
    sa.Column('decided_by_name', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('corrects_id', sa.String(length=36), nullable=True),
    sa.Column('retracted', sa.Boolean(), nullable=False),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_safety_level'))
    )
    with op.batch_alter_table('safety_level', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_safety_level_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_safety_level_corrects_id'), ['corrects_id'], unique=False)

    op.create_table('safety_plan',
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('why_working_together', sa.Text(), nullable=False),
    sa.Column('worries', sa.JSON(), nullable=False),
    sa.Column('working_well', sa.JSON(), nullable=False),
    sa.Column('goals', sa.JSON(), nullable=False),
    sa.Column('actions', sa.JSON(), nullable=False),
    sa.Column('contingency', sa.JSON(), nullable=False),
    sa.Column('safe_people', sa.JSON(), nullable=False),
    sa.Column('safe_places', sa.JSON(), nullable=False),
    sa.Column('helplines', sa.JSON(), nullable=False),
    sa.Column('child_section', sa.Text(), nullable=False),
    sa.Column('scores', sa.JSON(), nullable=False),
    sa.Column('agreements', sa.JSON(), nullable=False),
    sa.Column('next_review', sa.Date(), nullable=True),
    sa.Column('practitioner_notes', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.String(length=48), nullable=False),
    sa.Column('base_rev', sa.String(length=48), nullable=True),
    sa.Column('merge_rev', sa.String(length=48), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('is_head', sa.Boolean(), nullable=False),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', 'rev', name=op.f('pk_safety_plan'))
    )
    with op.batch_alter_table('safety_plan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_safety_plan_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_safety_plan_is_head'), ['is_head'], unique=False)

    op.create_table('summary_given',
    sa.Column('plan_id', sa.String(length=36), nullable=True),
    sa.Column('audience', sa.String(length=16), nullable=False),
    sa.Column('given_to', sa.Text(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('given_at', sa.String(length=32), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('corrects_id', sa.String(length=36), nullable=True),
    sa.Column('retracted', sa.Boolean(), nullable=False),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_summary_given'))
    )
    with op.batch_alter_table('summary_given', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_summary_given_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_summary_given_corrects_id'), ['corrects_id'], unique=False)

    op.create_table('vault_meta',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_vault_meta'))
    )
    op.create_table('visit',
    sa.Column('started_at', sa.String(length=32), nullable=True),
    sa.Column('ended_at', sa.String(length=32), nullable=True),
    sa.Column('place', sa.Text(), nullable=False),
    sa.Column('present', sa.JSON(), nullable=False),
    sa.Column('purpose', sa.Text(), nullable=False),
    sa.Column('tools', sa.JSON(), nullable=False),
    sa.Column('follow_ups', sa.JSON(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.String(length=48), nullable=False),
    sa.Column('base_rev', sa.String(length=48), nullable=True),
    sa.Column('merge_rev', sa.String(length=48), nullable=True),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('is_head', sa.Boolean(), nullable=False),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', 'rev', name=op.f('pk_visit'))
    )
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_is_head'), ['is_head'], unique=False)

    op.create_table('visit_note',
    sa.Column('visit_id', sa.String(length=36), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('practitioner_only', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('corrects_id', sa.String(length=36), nullable=True),
    sa.Column('retracted', sa.Boolean(), nullable=False),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit_note'))
    )
    with op.batch_alter_table('visit_note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_note_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_note_corrects_id'), ['corrects_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_note_visit_id'), ['visit_id'], unique=False)

    op.create_table('voice_entry',
    sa.Column('visit_id', sa.String(length=36), nullable=True),
    sa.Column('speaker', sa.String(length=16), nullable=False),
    sa.Column('speaker_name', sa.Text(), nullable=False),
    sa.Column('topic', sa.String(length=32), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('verbatim', sa.Boolean(), nullable=False),
    sa.Column('given_how', sa.String(length=32), nullable=False),
    sa.Column('drawing_id', sa.String(length=36), nullable=True),
    sa.Column('scale', sa.Integer(), nullable=True),
    sa.Column('scale_question', sa.Text(), nullable=False),
    sa.Column('shared_with', sa.JSON(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('corrects_id', sa.String(length=36), nullable=True),
    sa.Column('retracted', sa.Boolean(), nullable=False),
    sa.Column('child_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('device_id', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_voice_entry'))
    )
    with op.batch_alter_table('voice_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_voice_entry_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_voice_entry_corrects_id'), ['corrects_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_voice_entry_visit_id'), ['visit_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('voice_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_voice_entry_visit_id'))
        batch_op.drop_index(batch_op.f('ix_voice_entry_corrects_id'))
        batch_op.drop_index(batch_op.f('ix_voice_entry_child_id'))

    op.drop_table('voice_entry')
    with op.batch_alter_table('visit_note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visit_note_visit_id'))
        batch_op.drop_index(batch_op.f('ix_visit_note_corrects_id'))
        batch_op.drop_index(batch_op.f('ix_visit_note_child_id'))

    op.drop_table('visit_note')
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visit_is_head'))
        batch_op.drop_index(batch_op.f('ix_visit_child_id'))

    op.drop_table('visit')
    op.drop_table('vault_meta')
    with op.batch_alter_table('summary_given', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_summary_given_corrects_id'))
        batch_op.drop_index(batch_op.f('ix_summary_given_child_id'))

    op.drop_table('summary_given')
    with op.batch_alter_table('safety_plan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_safety_plan_is_head'))
        batch_op.drop_index(batch_op.f('ix_safety_plan_child_id'))

    op.drop_table('safety_plan')
    with op.batch_alter_table('safety_level', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_safety_level_corrects_id'))
        batch_op.drop_index(batch_op.f('ix_safety_level_child_id'))

    op.drop_table('safety_level')
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_corrects_id'))
        batch_op.drop_index(batch_op.f('ix_review_child_id'))

    op.drop_table('review')
    with op.batch_alter_table('referral', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_referral_is_head'))
        batch_op.drop_index(batch_op.f('ix_referral_child_id'))

    op.drop_table('referral')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_is_head'))
        batch_op.drop_index(batch_op.f('ix_person_child_id'))

    op.drop_table('person')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_state'))
        batch_op.drop_index(batch_op.f('ix_outbox_record_id'))
        batch_op.drop_index(batch_op.f('ix_outbox_child_id'))

    op.drop_table('outbox')
    with op.batch_alter_table('level_signoff', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_level_signoff_decision_id'))
        batch_op.drop_index(batch_op.f('ix_level_signoff_corrects_id'))
        batch_op.drop_index(batch_op.f('ix_level_signoff_child_id'))

    op.drop_table('level_signoff')
    with op.batch_alter_table('key_moment_response', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_key_moment_response_key_moment_id'))
        batch_op.drop_index(batch_op.f('ix_key_moment_response_corrects_id'))
        batch_op.drop_index(batch_op.f('ix_key_moment_response_child_id'))

    op.drop_table('key_moment_response')
    with op.batch_alter_table('key_moment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_key_moment_corrects_id'))
        batch_op.drop_index(batch_op.f('ix_key_moment_child_id'))

    op.drop_table('key_moment')
    with op.batch_alter_table('info_sharing', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_info_sharing_corrects_id'))
        batch_op.drop_index(batch_op.f('ix_info_sharing_child_id'))

    op.drop_table('info_sharing')
    with op.batch_alter_table('escalation_step', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_escalation_step_corrects_id'))
        batch_op.drop_index(batch_op.f('ix_escalation_step_concern_id'))
        batch_op.drop_index(batch_op.f('ix_escalation_step_child_id'))

    op.drop_table('escalation_step')
    with op.batch_alter_table('drawing', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_drawing_visit_id'))
        batch_op.drop_index(batch_op.f('ix_drawing_corrects_id'))
        batch_op.drop_index(batch_op.f('ix_drawing_child_id'))

    op.drop_table('drawing')
    with op.batch_alter_table('draft', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_draft_child_id'))

    op.drop_table('draft')
    with op.batch_alter_table('coreview_response', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_coreview_response_plan_id'))
        batch_op.drop_index(batch_op.f('ix_coreview_response_corrects_id'))
        batch_op.drop_index(batch_op.f('ix_coreview_response_child_id'))

    op.drop_table('coreview_response')
    with op.batch_alter_table('context', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_context_is_head'))
        batch_op.drop_index(batch_op.f('ix_context_child_id'))

    op.drop_table('context')
    with op.batch_alter_table('concern', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_concern_is_head'))
        batch_op.drop_index(batch_op.f('ix_concern_child_id'))

    op.drop_table('concern')
    with op.batch_alter_table('child', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_child_practitioner_id'))
        batch_op.drop_index(batch_op.f('ix_child_is_head'))
        batch_op.drop_index(batch_op.f('ix_child_child_id'))

    op.drop_table('child')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_event_child_id'))

    op.drop_table('audit_event')
    with op.batch_alter_table('agency', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agency_is_head'))
        batch_op.drop_index(batch_op.f('ix_agency_child_id'))

    op.drop_table('agency')

