import { Injectable } from '@nestjs/common';
import { asSubject, isTaskOpen } from '@kehu/domain';
import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../authz/auth-context';
import { ForbiddenError, NotFoundError, ValidationError } from '../common/errors/app-error';
import { definedFields } from '../common/http/defined-fields';
import type { Page } from '../common/pagination/keyset';
import { assertVersion, updateVersioned } from '../common/versioning/versioned-update';
import { CustomersService } from '../customers/customers.service';
import { TransactionRunner } from '../database/transaction-runner';
import { LeadsService } from '../leads/leads.service';
import { CustomerFollowUpsRepository, followUpDay } from './customer-follow-ups.repository';
import {
  type CreateTaskRequest,
  type ListTasksQuery,
  type TaskFieldsRequest,
  type TaskResponse,
  type UpdateTaskRequest,
} from './dto/task.dto';
import { Task } from './entities/task.entity';
import { presentTask } from './task.presenter';
import { TaskReminders } from './task-reminders';
import { TasksRepository } from './tasks.repository';

const AUDITED_FIELDS = [
  'title',
  'description',
  'customerId',
  'leadId',
  'assigneeId',
  'dueAt',
  'priority',
  'status',
  'reminderAt',
];

function toDate(value: string | null | undefined): Date | null | undefined {
  return value === undefined ? undefined : value === null ? null : new Date(value);
}

const DAY_MS = 86_400_000;

/** Whole days from one `YYYY-MM-DD` to another. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
}

function storedFields(request: TaskFieldsRequest): QueryDeepPartialEntity<Task> {
  const { dueAt, reminderAt, title, ...rest } = definedFields(request);
  return {
    ...rest,
    ...(title !== undefined ? { title: title.trim() } : {}),
    ...(dueAt !== undefined ? { dueAt: toDate(dueAt) } : {}),
    ...(reminderAt !== undefined ? { reminderAt: toDate(reminderAt) } : {}),
  };
}

/**
 * Tasks (任务) on customers and leads. A caller reaches a task through its parent record
 * (read to see it, update to change it) or by being its assignee — in every query.
 */
@Injectable()
export class TasksService {
  constructor(
    private readonly tasks: TasksRepository,
    private readonly customers: CustomersService,
    private readonly leads: LeadsService,
    private readonly reminders: TaskReminders,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly followUps: CustomerFollowUpsRepository,
  ) {}

  /** The caller's own open tasks due before `dueBefore` (most overdue first), with their count. */
  dueForCaller(auth: AuthContext, dueBefore: Date, limit: number): Promise<[Task[], number]> {
    return this.tasks.dueForAssignee(auth, dueBefore, limit);
  }

  async list(auth: AuthContext, query: ListTasksQuery): Promise<Page<Partial<TaskResponse>>> {
    const page = await this.tasks.list(auth, query);
    return {
      items: page.items.map((task) => presentTask(auth, task)),
      nextCursor: page.nextCursor,
    };
  }

  async get(auth: AuthContext, id: string): Promise<Partial<TaskResponse>> {
    return presentTask(auth, await this.find(auth, id, 'read'));
  }

  async create(auth: AuthContext, request: CreateTaskRequest): Promise<Partial<TaskResponse>> {
    const id = await this.transactions.run((manager) => this.createIn(manager, auth, request));
    return this.get(auth, id);
  }

  /**
   * The create path inside a caller's transaction (also a follow-up logged with an
   * interaction): checks, insert, reminder, the customer's next follow-up and the audit
   * entry. Answers the new task's id.
   */
  async createIn(
    manager: EntityManager,
    auth: AuthContext,
    request: CreateTaskRequest,
  ): Promise<string> {
    if (typeof request.title !== 'string' || request.title.trim() === '')
      throw ValidationError.field('title', 'is required');
    const { customerId, leadId } = request;
    if ((customerId === undefined) === (leadId === undefined)) {
      throw new ValidationError([
        { field: 'customerId', message: 'give exactly one of customerId and leadId' },
      ]);
    }
    // The parent must be a record the caller may read; otherwise it "does not exist".
    const parentExists = customerId
      ? await this.customers.isReadable(auth, customerId)
      : await this.leads.isReadable(auth, leadId as string);
    if (!parentExists)
      throw ValidationError.field(customerId ? 'customerId' : 'leadId', 'was not found');
    const assigneeId = request.assigneeId ?? (auth.actor.type === 'user' ? auth.actor.id : null);
    if (assigneeId && !(await this.tasks.isActiveUser(assigneeId)))
      throw ValidationError.field('assigneeId', 'names no active user');
    const record: QueryDeepPartialEntity<Task> = {
      ...storedFields(request),
      customerId: customerId ?? null,
      leadId: leadId ?? null,
      assigneeId,
      createdById: auth.actor.type === 'user' ? auth.actor.id : null,
    };
    const created = await this.tasks.insert(manager, record);
    await this.reminders.schedule(manager, created, (record.reminderAt as Date | null) ?? null);
    await this.followUps.refresh(manager, [customerId ?? null]);
    await this.audit.record(manager, auth, {
      entity: 'task',
      entityId: created,
      action: 'create',
      after: record,
      fields: AUDITED_FIELDS,
    });
    return created;
  }

  async update(
    auth: AuthContext,
    id: string,
    ifMatch: number | undefined,
    request: UpdateTaskRequest,
  ): Promise<Partial<TaskResponse>> {
    const current = await this.find(auth, id, 'update');
    assertVersion(current.version, ifMatch);
    if (request.assigneeId && !(await this.tasks.isActiveUser(request.assigneeId)))
      throw ValidationError.field('assigneeId', 'names no active user');
    await this.transactions.run((manager) => this.updateIn(manager, auth, current, request));
    return this.get(auth, id);
  }

  /**
   * Snoozing a customer's follow-up (Today): the customer's open tasks that make it due
   * (due on or before `today`, in follow-up days) and that the caller may change move to
   * `day`, keeping their time of day and their reminder's lead, each through the update
   * path (version, audit, the customer's next follow-up) in one transaction. Nothing is
   * created. Answers how many moved; 403 when the due tasks are all ones the caller may
   * only read, 404 when the customer is not theirs to read.
   */
  async snoozeCustomerFollowUp(
    auth: AuthContext,
    customerId: string,
    day: string,
    today: string,
  ): Promise<number> {
    if (day <= today) throw ValidationError.field('day', 'must be after today');
    if (!(await this.customers.isReadable(auth, customerId)))
      throw new NotFoundError('The customer');
    const movable = await this.tasks.dueOnCustomer(auth, customerId, today, 'update');
    if (movable.length === 0) {
      const due = await this.tasks.dueOnCustomer(auth, customerId, today, 'read');
      if (due.length > 0) throw new ForbiddenError();
      return 0;
    }
    await this.transactions.run(async (manager) => {
      for (const task of movable) {
        const shift = daysBetween(followUpDay(task.dueAt as Date), day) * DAY_MS;
        const moved = (at: Date | null) =>
          at ? new Date(at.getTime() + shift).toISOString() : null;
        await this.updateIn(manager, auth, task, {
          dueAt: moved(task.dueAt),
          reminderAt: moved(task.reminderAt),
        });
      }
    });
    return movable.length;
  }

  /** The update path inside a transaction, for a task already checked and read. */
  private async updateIn(
    manager: EntityManager,
    auth: AuthContext,
    current: Task,
    request: UpdateTaskRequest,
  ): Promise<void> {
    const id = current.id;
    const changes = storedFields(request);
    if (request.status !== undefined && request.status !== current.status) {
      changes.completedAt = request.status === 'done' ? new Date() : null;
    }
    const next = { ...current, ...(changes as Partial<Task>) };
    const reminderMoved =
      request.reminderAt !== undefined &&
      (next.reminderAt?.getTime() ?? null) !== (current.reminderAt?.getTime() ?? null);
    if (reminderMoved) changes.remindedAt = null;
    await updateVersioned(manager, Task, id, current.version, changes);
    if (reminderMoved && isTaskOpen(next.status))
      await this.reminders.schedule(manager, id, next.reminderAt);
    await this.followUps.refresh(manager, [current.customerId]);
    await this.audit.record(manager, auth, {
      entity: 'task',
      entityId: id,
      action: 'update',
      before: { ...current },
      after: next,
      fields: AUDITED_FIELDS,
    });
  }

  async remove(auth: AuthContext, id: string, ifMatch: number | undefined): Promise<void> {
    const current = await this.find(auth, id, 'update');
    if (!auth.ability.can('delete', asSubject('Task', { ...current }))) throw new ForbiddenError();
    assertVersion(current.version, ifMatch);
    await this.transactions.run(async (manager) => {
      await updateVersioned(manager, Task, id, current.version, { deletedAt: () => 'now()' });
      await this.followUps.refresh(manager, [current.customerId]);
      await this.audit.record(manager, auth, {
        entity: 'task',
        entityId: id,
        action: 'delete',
        fields: [],
      });
    });
  }

  async restore(auth: AuthContext, id: string): Promise<Partial<TaskResponse>> {
    const current = await this.find(auth, id, 'update', { withDeleted: true });
    if (current.deletedAt !== null) {
      await this.transactions.run(async (manager) => {
        await updateVersioned(manager, Task, id, current.version, { deletedAt: null });
        await this.followUps.refresh(manager, [current.customerId]);
        await this.audit.record(manager, auth, {
          entity: 'task',
          entityId: id,
          action: 'restore',
          fields: [],
        });
      });
    }
    return this.get(auth, id);
  }

  /**
   * A task the caller reaches. One they can see but not change answers 403; one they
   * cannot see answers 404.
   */
  private async find(
    auth: AuthContext,
    id: string,
    action: 'read' | 'update',
    options: { withDeleted?: boolean } = {},
  ): Promise<Task> {
    const task = await this.tasks.findReachable(auth, id, action, options);
    if (task) return task;
    if (action === 'update' && (await this.tasks.findReachable(auth, id, 'read', options)))
      throw new ForbiddenError();
    throw new NotFoundError('The task');
  }
}
