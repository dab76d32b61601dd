// Generated from libs/contracts/openapi.json by `npm run openapi`. Do not edit.

export interface paths {
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List audit entries
         * @description Who created, changed, deleted or exported what and when, newest first, one page at a time (keyset pagination). Filter by record, user or action. Administrators only.
         */
        get: operations["Audit_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in
         * @description Exchanges an email address and password for a short-lived access token (send it as Authorization: Bearer) and a refresh token.
         */
        post: operations["Auth_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refresh the tokens
         * @description Exchanges a refresh token for a new access token and a new refresh token; the old refresh token stops working (rotation).
         */
        post: operations["Auth_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out
         * @description Revokes the refresh token sent, so the session cannot be renewed. The access token expires on its own shortly after.
         */
        post: operations["Auth_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the signed-in user
         * @description The signed-in user with their roles, teams and the permissions the console uses to show or hide actions.
         */
        get: operations["Auth_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change one’s own name or console language
         * @description Changes the signed-in user’s own profile; roles and teams are changed by an administrator.
         */
        patch: operations["Auth_updateProfile"];
        trace?: never;
    };
    "/api/v1/auth/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change one’s own password
         * @description Needs the current password. Every other session of the user ends.
         */
        post: operations["Auth_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mail a password reset link
         * @description The same answer whether or not the email belongs to an account. 409 when this server sends no mail: an administrator resets passwords then.
         */
        post: operations["Auth_requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with the code from the reset mail
         * @description The code works once; every session of the user ends.
         */
        post: operations["Auth_confirmPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description The users the caller may read, filtered and sorted as asked, one page at a time: pass the previous page's nextCursor as cursor to get the next one. Users sign in with their email address; their roles decide what they may do.
         */
        get: operations["Users_list"];
        put?: never;
        /**
         * Create a user
         * @description Creates a user and answers it, with its address in the Location header. Users sign in with their email address; their roles decide what they may do.
         */
        post: operations["Users_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/directory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Active colleagues for owner pickers and filters
         * @description Any signed-in caller: name, roles and teams of active users, by name. A channel partner sees only the people of their own dealer org.
         */
        get: operations["Users_directory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user
         * @description One user by its id, with its version in the ETag header for a later If-Match. 404 when it does not exist or the caller may not read it.
         */
        get: operations["Users_get"];
        put?: never;
        post?: never;
        /**
         * Delete a user
         * @description Soft-deletes the user: it leaves lists and reads, and can be restored. With If-Match, a delete of a version that is no longer current is refused with 412.
         */
        delete: operations["Users_remove"];
        options?: never;
        head?: never;
        /**
         * Update a user
         * @description Changes only the fields sent. Send the version you read as If-Match: if someone changed the user since, nothing is written and the answer is 412.
         */
        patch: operations["Users_update"];
        trace?: never;
    };
    "/api/v1/users/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a deleted user
         * @description Brings back a soft-deleted user as it was; 409 when it would now clash with another record.
         */
        post: operations["Users_restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List teams
         * @description The teams the caller may read, filtered and sorted as asked, one page at a time: pass the previous page's nextCursor as cursor to get the next one. A manager sees the records of the teams they manage.
         */
        get: operations["Teams_list"];
        put?: never;
        /**
         * Create a team
         * @description Creates a team and answers it, with its address in the Location header. A manager sees the records of the teams they manage.
         */
        post: operations["Teams_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a team
         * @description One team by its id, with its version in the ETag header for a later If-Match. 404 when it does not exist or the caller may not read it.
         */
        get: operations["Teams_get"];
        put?: never;
        post?: never;
        /**
         * Delete a team
         * @description Soft-deletes the team: it leaves lists and reads, and can be restored. With If-Match, a delete of a version that is no longer current is refused with 412.
         */
        delete: operations["Teams_remove"];
        options?: never;
        head?: never;
        /**
         * Update a team
         * @description Changes only the fields sent. Send the version you read as If-Match: if someone changed the team since, nothing is written and the answer is 412.
         */
        patch: operations["Teams_update"];
        trace?: never;
    };
    "/api/v1/teams/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a deleted team
         * @description Brings back a soft-deleted team as it was; 409 when it would now clash with another record.
         */
        post: operations["Teams_restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dealer-orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List dealer organisations
         * @description The dealer organisations the caller may read, filtered and sorted as asked, one page at a time: pass the previous page's nextCursor as cursor to get the next one. Channel partners of a dealer organisation see only the customers shared with it.
         */
        get: operations["DealerOrgs_list"];
        put?: never;
        /**
         * Create a dealer organisation
         * @description Creates a dealer organisation and answers it, with its address in the Location header. Channel partners of a dealer organisation see only the customers shared with it.
         */
        post: operations["DealerOrgs_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dealer-orgs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a dealer organisation
         * @description One dealer organisation by its id, with its version in the ETag header for a later If-Match. 404 when it does not exist or the caller may not read it.
         */
        get: operations["DealerOrgs_get"];
        put?: never;
        post?: never;
        /**
         * Delete a dealer organisation
         * @description Soft-deletes the dealer organisation: it leaves lists and reads, and can be restored. With If-Match, a delete of a version that is no longer current is refused with 412.
         */
        delete: operations["DealerOrgs_remove"];
        options?: never;
        head?: never;
        /**
         * Update a dealer organisation
         * @description Changes only the fields sent. Send the version you read as If-Match: if someone changed the dealer organisation since, nothing is written and the answer is 412.
         */
        patch: operations["DealerOrgs_update"];
        trace?: never;
    };
    "/api/v1/dealer-orgs/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a deleted dealer organisation
         * @description Brings back a soft-deleted dealer organisation as it was; 409 when it would now clash with another record.
         */
        post: operations["DealerOrgs_restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys
         * @description The API keys the caller may read, filtered and sorted as asked, one page at a time: pass the previous page's nextCursor as cursor to get the next one. An API key acts with the roles it was given, for integrations that cannot sign in.
         */
        get: operations["ApiKeys_list"];
        put?: never;
        /**
         * Create an API key
         * @description Creates an API key and answers it, with its address in the Location header. An API key acts with the roles it was given, for integrations that cannot sign in.
         */
        post: operations["ApiKeys_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an API key
         * @description One API key by its id, with its version in the ETag header for a later If-Match. 404 when it does not exist or the caller may not read it.
         */
        get: operations["ApiKeys_get"];
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description Revokes the key at once: calls with it are refused with 401 from then on. A revoked key cannot be brought back.
         */
        delete: operations["ApiKeys_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export customers
         * @description Downloads the customers the caller may read, with the same filters as the list, as CSV (UTF-8 with BOM, opens in Excel) or XLSX. Columns the caller may not read are left out.
         */
        get: operations["CustomerExport_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List customers
         * @description The customers the caller may read, filtered and sorted as asked, one page at a time: pass the previous page's nextCursor as cursor to get the next one. A customer is a company or a person, numbered, owned by a user and shared with their team. Filter by text, tags, owner, team, tier, region and more.
         */
        get: operations["Customers_list"];
        put?: never;
        /**
         * Create a customer
         * @description Creates a customer and answers it, with its address in the Location header. A customer is a company or a person, numbered, owned by a user and shared with their team.
         */
        post: operations["Customers_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/duplicates/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check for duplicate customers
         * @description Finds existing customers that would match a draft under the duplicate rules (phone, email, tax id, name, custom fields), before it is saved, and says whether the match blocks saving or is only a warning.
         */
        post: operations["Customers_checkDuplicates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transfer customers to another owner
         * @description Gives several customers a new owner (and the owner's team) in one request; the caller must be allowed to transfer each of them, otherwise nothing is changed.
         */
        post: operations["Customers_transferMany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/by-number": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find a customer by number
         * @description Redirects (308) to the customer with this customer number, or to the customer it was merged into. 404 when no customer the caller may read has the number.
         */
        get: operations["Customers_byNumber"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a customer
         * @description One customer by its id, with its version in the ETag header for a later If-Match. 404 when it does not exist or the caller may not read it.
         */
        get: operations["Customers_get"];
        put?: never;
        post?: never;
        /**
         * Delete a customer
         * @description Soft-deletes the customer: it leaves lists and reads, and can be restored. With If-Match, a delete of a version that is no longer current is refused with 412.
         */
        delete: operations["Customers_remove"];
        options?: never;
        head?: never;
        /**
         * Update a customer
         * @description Changes only the fields sent. Send the version you read as If-Match: if someone changed the customer since, nothing is written and the answer is 412.
         */
        patch: operations["Customers_update"];
        trace?: never;
    };
    "/api/v1/customers/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge a duplicate into this customer
         * @description Merges another customer into this one (the survivor): contacts, tasks, timeline, tags and relationships move over, and the merged customer redirects here from then on.
         */
        post: operations["Customers_merge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a deleted customer
         * @description Brings back a soft-deleted customer as it was; 409 when it would now clash with another record.
         */
        post: operations["Customers_restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transfer a customer to another owner
         * @description Gives the customer a new owner and that owner's team; the timeline records the transfer.
         */
        post: operations["Customers_transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a customer's timeline
         * @description Everything that happened with the customer, newest first: logged calls, visits and notes, changes, tasks, transfers and merges, one page at a time.
         */
        get: operations["CustomerTimeline_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/interactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log an interaction with a customer
         * @description Adds a call, visit, meeting or note to the customer's timeline. With nextFollowUpOn, a follow-up task due that day (9:00 China time) is created for the caller, titled in the caller's language (Accept-Language, else their saved language, else zh-CN); the customer's next follow-up follows its earliest open task. The caller must also be allowed to create tasks then.
         */
        post: operations["CustomerTimeline_log"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/duplicate-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the duplicate rules
         * @description Which fields decide that two customers are the same (phone, email, tax id, name …, and custom fields) and whether a match blocks saving or only warns.
         */
        get: operations["DuplicateRules_get"];
        /**
         * Replace the duplicate rules
         * @description Replaces the whole set of duplicate rules (the custom field rules too, when given). They apply to new and changed customers and to imports from then on. 409 when existing customers already share a value of a field made blocking.
         */
        put: operations["DuplicateRules_replace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a customer import file
         * @description Receives a CSV or XLSX file (multipart/form-data, field file) and answers a preview: its columns, a few sample rows and a suggested mapping to customer fields. Nothing is imported yet.
         */
        post: operations["Imports_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a lead import file
         * @description Receives a CSV or XLSX file of leads (multipart/form-data, field file) and answers a preview with a suggested mapping to lead fields. Nothing is imported yet.
         */
        post: operations["Imports_uploadLeads"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Preview an uploaded file again
         * @description Reads the uploaded file again with other options (e.g. text encoding or header row) and answers a new preview, before the import starts.
         */
        post: operations["Imports_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an import
         * @description Starts importing the uploaded file with the column mapping and the duplicate mode (skip, update or create). The import runs in the background; follow it with Get an import.
         */
        post: operations["Imports_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an import
         * @description The import's status and progress: rows processed, created, updated, skipped and failed.
         */
        get: operations["Imports_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/skipped": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an import's skipped rows
         * @description The rows the import skipped (e.g. duplicates in skip mode), each with the reason, in row order, one page at a time.
         */
        get: operations["Imports_skipped"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/errors.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an import's error report
         * @description The rows that could not be imported, as CSV: row number, column and reason, to fix and import again.
         */
        get: operations["Imports_errors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your notifications
         * @description The signed-in user's notifications (assignments, reminders, finished imports), newest first, one page at a time.
         */
        get: operations["Notifications_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count your unread notifications
         * @description How many of the signed-in user's notifications are unread, for the badge in the console.
         */
        get: operations["Notifications_unreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark all your notifications read
         * @description Marks every notification of the signed-in user as read and answers the new unread count (0).
         */
        post: operations["Notifications_markAllRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a notification read
         * @description Marks one of the signed-in user's notifications as read.
         */
        post: operations["Notifications_markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export leads
         * @description Downloads the leads the caller may read, with the same filters as the list, as CSV (UTF-8 with BOM) or XLSX.
         */
        get: operations["LeadExport_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List leads
         * @description The leads the caller may read, filtered and sorted as asked, one page at a time: pass the previous page's nextCursor as cursor to get the next one. A lead is a prospect that is not yet a customer; it is assigned, scored, and converted when qualified. Filter by status, source, owner and score.
         */
        get: operations["Leads_list"];
        put?: never;
        /**
         * Create a lead
         * @description Creates a lead and answers it, with its address in the Location header. A lead is a prospect that is not yet a customer; it is assigned, scored, and converted when qualified.
         */
        post: operations["Leads_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a lead
         * @description One lead by its id, with its version in the ETag header for a later If-Match. 404 when it does not exist or the caller may not read it.
         */
        get: operations["Leads_get"];
        put?: never;
        post?: never;
        /**
         * Delete a lead
         * @description Soft-deletes the lead: it leaves lists and reads, and can be restored. With If-Match, a delete of a version that is no longer current is refused with 412.
         */
        delete: operations["Leads_remove"];
        options?: never;
        head?: never;
        /**
         * Update a lead
         * @description Changes only the fields sent. Send the version you read as If-Match: if someone changed the lead since, nothing is written and the answer is 412.
         */
        patch: operations["Leads_update"];
        trace?: never;
    };
    "/api/v1/leads/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a deleted lead
         * @description Brings back a soft-deleted lead as it was; 409 when it would now clash with another record.
         */
        post: operations["Leads_restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign a lead
         * @description Gives the lead to a user, who is notified; the timeline records the assignment.
         */
        post: operations["Leads_assign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/conversion-candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Customers this lead may already be
         * @description For the conversion dialog: live customers sharing a phone or email with the lead, a company named like the lead’s company, and people of the same name, each with company, city, owner, a phone masked unless the caller may read it, and what matched (of a customer the caller may not read, only its number, name, owner and what matched, as in the duplicate check); and what converting without linking would create.
         */
        get: operations["Leads_conversionCandidatesOf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/convert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Convert a lead into a customer
         * @description Turns a qualified lead into a customer (or links it to an existing one, under the duplicate rules) and optionally a contact; the lead is marked converted.
         */
        post: operations["Leads_convert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a lead's timeline
         * @description Everything that happened with the lead, newest first: logged interactions, changes, assignments and tasks, one page at a time.
         */
        get: operations["LeadTimeline_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/interactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log an interaction with a lead
         * @description Adds a call, visit, meeting or note to the lead's timeline.
         */
        post: operations["LeadTimeline_log"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/lead-assignment-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the lead assignment rules
         * @description The ordered rules that decide who gets a new lead (by source, region, …), and the fallback when none matches.
         */
        get: operations["LeadSettings_assignmentRules"];
        /**
         * Replace the lead assignment rules
         * @description Replaces the whole ordered list of assignment rules; new leads are assigned with them from then on.
         */
        put: operations["LeadSettings_replaceAssignmentRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/lead-assignment-rules/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Test the lead assignment rules
         * @description Answers who a lead with the given fields would be assigned to, and by which rule, without creating anything.
         */
        post: operations["LeadSettings_testAssignment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/lead-scoring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the lead scoring
         * @description The points each lead property earns and the thresholds that make a lead warm or hot.
         */
        get: operations["LeadSettings_scoring"];
        /**
         * Replace the lead scoring
         * @description Replaces the scoring model; leads are scored with it from then on.
         */
        put: operations["LeadSettings_replaceScoring"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tasks
         * @description The tasks the caller may read, filtered and sorted as asked, one page at a time: pass the previous page's nextCursor as cursor to get the next one. A task is a follow-up with a due date, assigned to a user and linked to a customer or a lead. Filter by assignee, status, due date and the customer or lead.
         */
        get: operations["Tasks_list"];
        put?: never;
        /**
         * Create a task
         * @description Creates a task and answers it, with its address in the Location header. A task is a follow-up with a due date, assigned to a user and linked to a customer or a lead.
         */
        post: operations["Tasks_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a task
         * @description One task by its id, with its version in the ETag header for a later If-Match. 404 when it does not exist or the caller may not read it.
         */
        get: operations["Tasks_get"];
        put?: never;
        post?: never;
        /**
         * Delete a task
         * @description Soft-deletes the task: it leaves lists and reads, and can be restored. With If-Match, a delete of a version that is no longer current is refused with 412.
         */
        delete: operations["Tasks_remove"];
        options?: never;
        head?: never;
        /**
         * Update a task
         * @description Changes only the fields sent. Send the version you read as If-Match: if someone changed the task since, nothing is written and the answer is 412.
         */
        patch: operations["Tasks_update"];
        trace?: never;
    };
    "/api/v1/tasks/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a deleted task
         * @description Brings back a soft-deleted task as it was; 409 when it would now clash with another record.
         */
        post: operations["Tasks_restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/today": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get your day
         * @description What the signed-in user has to do today: tasks due and overdue, reminders and new leads assigned to them.
         */
        get: operations["Today_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/today/customers/{id}/snooze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Snooze a customer’s follow-up
         * @description Moves the customer’s follow-up that is due (today or overdue) to a later day: its open tasks due by today that the caller may change are rescheduled to that day, keeping their time of day, each as a task update (audited, new version), and the customer’s next follow-up follows. No task is created. 403 when the due tasks are all ones the caller may not change; 404 when the customer does not exist or the caller may not read it.
         */
        post: operations["Today_snoozeCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/web-forms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List web forms
         * @description The web forms the caller may read, filtered and sorted as asked, one page at a time: pass the previous page's nextCursor as cursor to get the next one. A web form publishes a lead-capture form whose submissions on a website create leads.
         */
        get: operations["WebForms_list"];
        put?: never;
        /**
         * Create a web form
         * @description Creates a web form and answers it, with its address in the Location header. A web form publishes a lead-capture form whose submissions on a website create leads.
         */
        post: operations["WebForms_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/web-forms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a web form
         * @description One web form by its id, with its version in the ETag header for a later If-Match. 404 when it does not exist or the caller may not read it.
         */
        get: operations["WebForms_get"];
        put?: never;
        post?: never;
        /**
         * Delete a web form
         * @description Soft-deletes the web form: it leaves lists and reads, and can be restored. With If-Match, a delete of a version that is no longer current is refused with 412.
         */
        delete: operations["WebForms_remove"];
        options?: never;
        head?: never;
        /**
         * Update a web form
         * @description Changes only the fields sent. Send the version you read as If-Match: if someone changed the web form since, nothing is written and the answer is 412.
         */
        patch: operations["WebForms_update"];
        trace?: never;
    };
    "/api/v1/settings/web-forms/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a deleted web form
         * @description Brings back a soft-deleted web form as it was; 409 when it would now clash with another record.
         */
        post: operations["WebForms_restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/forms/{key}/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a web form
         * @description Receives a submission from a website (JSON or a plain HTML form post) and creates a lead from it, assigned by the lead rules. Needs no sign-in; only the form's mapped fields and its empty honeypot field are accepted.
         */
        post: operations["WebFormSubmissions_submit"];
        delete?: never;
        /**
         * Allow a website to submit a web form (CORS preflight)
         * @description Answers the browser's CORS preflight for a web form, allowing the origins configured on the form.
         */
        options: operations["WebFormSubmissions_preflight"];
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/relationship-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List relationship types
         * @description The relationship types the caller may read, filtered and sorted as asked, one page at a time: pass the previous page's nextCursor as cursor to get the next one. A relationship type names a kind of link between customers, in both directions (e.g. parent company / subsidiary).
         */
        get: operations["RelationshipTypes_list"];
        put?: never;
        /**
         * Create a relationship type
         * @description Creates a relationship type and answers it, with its address in the Location header. A relationship type names a kind of link between customers, in both directions (e.g. parent company / subsidiary).
         */
        post: operations["RelationshipTypes_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/relationship-types/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a relationship type
         * @description One relationship type by its id, with its version in the ETag header for a later If-Match. 404 when it does not exist or the caller may not read it.
         */
        get: operations["RelationshipTypes_get"];
        put?: never;
        post?: never;
        /**
         * Delete a relationship type
         * @description Soft-deletes the relationship type: it leaves lists and reads, and can be restored. With If-Match, a delete of a version that is no longer current is refused with 412.
         */
        delete: operations["RelationshipTypes_remove"];
        options?: never;
        head?: never;
        /**
         * Update a relationship type
         * @description Changes only the fields sent. Send the version you read as If-Match: if someone changed the relationship type since, nothing is written and the answer is 412.
         */
        patch: operations["RelationshipTypes_update"];
        trace?: never;
    };
    "/api/v1/relationship-types/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a deleted relationship type
         * @description Brings back a soft-deleted relationship type as it was; 409 when it would now clash with another record.
         */
        post: operations["RelationshipTypes_restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/relationships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a customer's relationship graph
         * @description The customers related to this one, up to a given depth, as nodes and edges for the relationship graph.
         */
        get: operations["CustomerRelationships_graph"];
        put?: never;
        /**
         * Relate a customer to another
         * @description Links this customer to another with a relationship type (e.g. parent company of).
         */
        post: operations["CustomerRelationships_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/relationships/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a relationship
         * @description One relationship by its id, with its version in the ETag header for a later If-Match. 404 when it does not exist or the caller may not read it.
         */
        get: operations["Relationships_get"];
        put?: never;
        post?: never;
        /**
         * Delete a relationship
         * @description Soft-deletes the relationship: it leaves lists and reads, and can be restored. With If-Match, a delete of a version that is no longer current is refused with 412.
         */
        delete: operations["Relationships_remove"];
        options?: never;
        head?: never;
        /**
         * Update a relationship
         * @description Changes only the fields sent. Send the version you read as If-Match: if someone changed the relationship since, nothing is written and the answer is 412.
         */
        patch: operations["Relationships_update"];
        trace?: never;
    };
    "/api/v1/relationships/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a deleted relationship
         * @description Brings back a soft-deleted relationship as it was; 409 when it would now clash with another record.
         */
        post: operations["Relationships_restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a customer's contacts
         * @description The contacts of the customer, one page at a time.
         */
        get: operations["CustomerContacts_list"];
        put?: never;
        /**
         * Add a contact to a customer
         * @description Creates a contact person at the customer and answers it, with its address in the Location header.
         */
        post: operations["CustomerContacts_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a contact
         * @description One contact by its id, with its version in the ETag header for a later If-Match. 404 when it does not exist or the caller may not read it.
         */
        get: operations["Contacts_get"];
        put?: never;
        post?: never;
        /**
         * Delete a contact
         * @description Soft-deletes the contact: it leaves lists and reads, and can be restored. With If-Match, a delete of a version that is no longer current is refused with 412.
         */
        delete: operations["Contacts_remove"];
        options?: never;
        head?: never;
        /**
         * Update a contact
         * @description Changes only the fields sent. Send the version you read as If-Match: if someone changed the contact since, nothing is written and the answer is 412.
         */
        patch: operations["Contacts_update"];
        trace?: never;
    };
    "/api/v1/contacts/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a deleted contact
         * @description Brings back a soft-deleted contact as it was; 409 when it would now clash with another record.
         */
        post: operations["Contacts_restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tag-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tag groups
         * @description The tag groups the caller may read, filtered and sorted as asked, one page at a time: pass the previous page's nextCursor as cursor to get the next one. A tag group gathers related tags; it can allow only one of its tags per customer.
         */
        get: operations["TagGroups_list"];
        put?: never;
        /**
         * Create a tag group
         * @description Creates a tag group and answers it, with its address in the Location header. A tag group gathers related tags; it can allow only one of its tags per customer.
         */
        post: operations["TagGroups_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tag-groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a tag group
         * @description One tag group by its id, with its version in the ETag header for a later If-Match. 404 when it does not exist or the caller may not read it.
         */
        get: operations["TagGroups_get"];
        put?: never;
        post?: never;
        /**
         * Delete a tag group
         * @description Soft-deletes the tag group: it leaves lists and reads, and can be restored. With If-Match, a delete of a version that is no longer current is refused with 412.
         */
        delete: operations["TagGroups_remove"];
        options?: never;
        head?: never;
        /**
         * Update a tag group
         * @description Changes only the fields sent. Send the version you read as If-Match: if someone changed the tag group since, nothing is written and the answer is 412.
         */
        patch: operations["TagGroups_update"];
        trace?: never;
    };
    "/api/v1/tag-groups/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a deleted tag group
         * @description Brings back a soft-deleted tag group as it was; 409 when it would now clash with another record.
         */
        post: operations["TagGroups_restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tags
         * @description The tags the caller may read, filtered and sorted as asked, one page at a time: pass the previous page's nextCursor as cursor to get the next one. Tags label customers; lists and segments can filter by them.
         */
        get: operations["Tags_list"];
        put?: never;
        /**
         * Create a tag
         * @description Creates a tag and answers it, with its address in the Location header. Tags label customers; lists and segments can filter by them.
         */
        post: operations["Tags_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tags/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a tag
         * @description One tag by its id, with its version in the ETag header for a later If-Match. 404 when it does not exist or the caller may not read it.
         */
        get: operations["Tags_get"];
        put?: never;
        post?: never;
        /**
         * Delete a tag
         * @description Soft-deletes the tag: it leaves lists and reads, and can be restored. With If-Match, a delete of a version that is no longer current is refused with 412.
         */
        delete: operations["Tags_remove"];
        options?: never;
        head?: never;
        /**
         * Update a tag
         * @description Changes only the fields sent. Send the version you read as If-Match: if someone changed the tag since, nothing is written and the answer is 412.
         */
        patch: operations["Tags_update"];
        trace?: never;
    };
    "/api/v1/tags/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a deleted tag
         * @description Brings back a soft-deleted tag as it was; 409 when it would now clash with another record.
         */
        post: operations["Tags_restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a customer's tags
         * @description Replaces the customer's tags with the ones sent; a tag group that allows one tag keeps only one.
         */
        put: operations["CustomerTags_replace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tag or untag many customers
         * @description Adds or removes tags on several customers in one request; only customers the caller may update are changed.
         */
        post: operations["CustomerTags_bulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/segments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List segments
         * @description The segments the caller may read, filtered and sorted as asked, one page at a time: pass the previous page's nextCursor as cursor to get the next one. A segment is a saved list of customers: by filter, or of hand-picked members.
         */
        get: operations["Segments_list"];
        put?: never;
        /**
         * Create a segment
         * @description Creates a segment and answers it, with its address in the Location header. A segment is a saved list of customers: by filter, or of hand-picked members.
         */
        post: operations["Segments_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/segments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a segment
         * @description One segment by its id, with its version in the ETag header for a later If-Match. 404 when it does not exist or the caller may not read it.
         */
        get: operations["Segments_get"];
        put?: never;
        post?: never;
        /**
         * Delete a segment
         * @description Soft-deletes the segment: it leaves lists and reads, and can be restored. With If-Match, a delete of a version that is no longer current is refused with 412.
         */
        delete: operations["Segments_remove"];
        options?: never;
        head?: never;
        /**
         * Update a segment
         * @description Changes only the fields sent. Send the version you read as If-Match: if someone changed the segment since, nothing is written and the answer is 412.
         */
        patch: operations["Segments_update"];
        trace?: never;
    };
    "/api/v1/segments/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a deleted segment
         * @description Brings back a soft-deleted segment as it was; 409 when it would now clash with another record.
         */
        post: operations["Segments_restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/segments/{id}/count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count a segment's customers
         * @description How many customers the caller may read are in the segment now.
         */
        get: operations["Segments_count"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/segments/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add customers to a segment
         * @description Adds hand-picked customers to a static segment.
         */
        post: operations["Segments_addMembers"];
        /**
         * Remove customers from a segment
         * @description Removes hand-picked customers from a static segment.
         */
        delete: operations["Segments_removeMembers"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/custom-fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List custom fields
         * @description The custom field definitions the caller sees (every role reads them to draw forms and lists; a field hidden from all of the caller's roles is left out), in form order unless sorted otherwise, one page at a time: pass the previous page's nextCursor as cursor to get the next one. Admins list deleted fields with deleted=true.
         */
        get: operations["CustomFields_list"];
        put?: never;
        /**
         * Create a custom field
         * @description Adds a field to a record type (admins) and answers it, with its address in the Location header. Records keep its values in customFields under its key. 409 when the record type already has a field, live or deleted, with that key.
         */
        post: operations["CustomFields_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/custom-fields/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a custom field
         * @description One custom field definition by its id, with its version in the ETag header for a later If-Match. 404 when it does not exist or is hidden from the caller.
         */
        get: operations["CustomFields_get"];
        put?: never;
        post?: never;
        /**
         * Delete a custom field
         * @description Soft-deletes the field (admins): it leaves forms, lists and reads, its values stay stored and its key stays reserved, and it can be restored. With If-Match, a delete of a version that is no longer current is refused with 412.
         */
        delete: operations["CustomFields_remove"];
        options?: never;
        head?: never;
        /**
         * Update a custom field
         * @description Changes only the fields sent (admins); the record type and the key never change, so a label can be renamed freely. A type change is refused with 409 and the count of records whose values would not convert (offendingRecords). Send the version you read as If-Match: if someone changed the field since, nothing is written and the answer is 412.
         */
        patch: operations["CustomFields_update"];
        trace?: never;
    };
    "/api/v1/custom-fields/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a deleted custom field
         * @description Brings back a soft-deleted field as it was (admins), with the values records kept for it.
         */
        post: operations["CustomFields_restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/layouts/{page}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get my layout of a page
         * @description How the page looks for the caller: their own layout, else the default of their first role (in the order admin, sales_manager, sales_rep, channel_partner, service_agent, marketer, viewer) that has one, else the built-in layout (source says which). Fields the caller may not read are left out. Panels the stored layout does not list keep their default place. Users only: an API key has no layouts (403).
         */
        get: operations["MyLayouts_get"];
        /**
         * Save my layout of a page
         * @description Replaces the caller's own layout of the page (panel order, collapsed and hidden panels, profile fields or list columns) and answers the layout as it now shows. Fields the page does not have, custom fields that are deleted or hidden from the caller and fields the caller may not read are refused with 400 naming them. Send the version you read as If-Match (0 when none was stored): if the layout changed since, on another device say, nothing is written and the answer is 412.
         */
        put: operations["MyLayouts_replace"];
        post?: never;
        /**
         * Reset my layout of a page
         * @description Deletes the caller's own layout of the page, so it shows their role's default (or the built-in layout) again. Nothing to reset is not an error. Send the version you read as If-Match (0 when none was stored): if the layout changed since, on another device say, nothing is written and the answer is 412.
         */
        delete: operations["MyLayouts_reset"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/layouts/defaults/{page}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a role's default layout of a page
         * @description The default layout of the page for users of the role who have no layout of their own (admins); source built-in when the role has none. Custom fields deleted or hidden from the role are left out.
         */
        get: operations["DefaultLayouts_get"];
        /**
         * Set a role's default layout of a page
         * @description Replaces the role's default layout of the page (admins). It shows to every user of the role who has no layout of their own, without the fields each may not read. Fields the page does not have and custom fields deleted or hidden from the role are refused with 400 naming them. Send the version you read as If-Match (0 when none was stored): if the layout changed since, on another device say, nothing is written and the answer is 412.
         */
        put: operations["DefaultLayouts_replace"];
        post?: never;
        /**
         * Reset a role's default layout of a page
         * @description Deletes the role's default layout of the page (admins): its users without a layout of their own get the built-in layout. Nothing to reset is not an error. Send the version you read as If-Match (0 when none was stored): if the layout changed since, on another device say, nothing is written and the answer is 412.
         */
        delete: operations["DefaultLayouts_reset"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check that Kehu is running
         * @description Answers 200 while the process is up, for liveness probes. Needs no sign-in.
         */
        get: operations["Health_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check that Kehu can serve requests
         * @description Answers 200 when the database is reachable and migrated, 503 otherwise, for readiness probes and load balancers. Needs no sign-in.
         */
        get: operations["Health_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        FieldErrorResponse: {
            /** @example email */
            field: string;
            /** @example email must be an email */
            message: string;
        };
        ProblemResponse: {
            /** @example urn:kehu:problem:validation */
            type: string;
            /** @example Invalid request */
            title: string;
            /** @example 400 */
            status: number;
            /** @example email must be an email */
            detail: string;
            /** @example /api/v1/users */
            instance?: string;
            /** @description Quote it when reporting a problem. */
            requestId?: string;
            /** @description One entry per invalid field (400). */
            errors?: components["schemas"]["FieldErrorResponse"][];
            /** @description The record’s current version (412). */
            currentVersion?: number;
        };
        AuditEntryResponse: {
            /** Format: uuid */
            id: string;
            /** @example user */
            entity: string;
            /** Format: uuid */
            entityId: string;
            /** @enum {string} */
            action: "create" | "update" | "delete" | "restore" | "merge" | "revoke";
            /** @enum {string} */
            actorType: "user" | "apiKey" | "system";
            /** Format: uuid */
            actorId: string | null;
            actorName: string | null;
            /**
             * @description Changed fields with their old and new values.
             * @example {
             *       "name": {
             *         "from": "East",
             *         "to": "East China"
             *       }
             *     }
             */
            changes: {
                [key: string]: {
                    from?: unknown;
                    to?: unknown;
                };
            };
            requestId: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        AuditListResponse: {
            items: components["schemas"]["AuditEntryResponse"][];
            nextCursor: string | null;
        };
        LoginRequest: {
            /**
             * Format: email
             * @example admin@kehu.local
             */
            email: string;
            /** @example kehu-demo */
            password: string;
        };
        UserResponse: {
            /** Format: uuid */
            id: string;
            /** Format: email */
            email: string;
            name: string;
            roles: ("admin" | "sales_manager" | "sales_rep" | "channel_partner" | "service_agent" | "marketer" | "viewer")[];
            teamIds: string[];
            /** Format: uuid */
            dealerOrgId: string | null;
            /**
             * @description The console language the user chose; null: the browser’s.
             * @enum {string|null}
             */
            locale: "zh-CN" | "en" | null;
            active: boolean;
            /** Format: date-time */
            lastLoginAt: string | null;
            /** @description Send it back in If-Match to update or delete. */
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        TokenResponse: {
            /** @description Send as `Authorization: Bearer <accessToken>`. */
            accessToken: string;
            /** @description Single use: each refresh returns a new one. */
            refreshToken: string;
            /** @description Seconds until the access token expires. */
            expiresIn: number;
            user: components["schemas"]["UserResponse"];
        };
        RefreshRequest: {
            refreshToken: string;
        };
        LogoutRequest: {
            refreshToken: string;
        };
        PermissionRuleResponse: {
            action: string | string[];
            subject: string | string[];
            conditions?: {
                [key: string]: unknown;
            };
            fields?: string | string[];
            inverted?: boolean;
        };
        MeResponse: {
            user: components["schemas"]["UserResponse"];
            /** @description The caller’s CASL rules, for the console to hide what the user may not do. */
            rules: components["schemas"]["PermissionRuleResponse"][];
        };
        UpdateProfileRequest: {
            /** @example 李娜 */
            name?: string;
            /**
             * @description The console language; null: follow the browser.
             * @enum {string|null}
             */
            locale?: "zh-CN" | "en" | null;
        };
        ChangePasswordRequest: {
            /** @description The password the user signs in with now. */
            currentPassword: string;
            /** @description The same policy as when an administrator creates a user. */
            newPassword: string;
        };
        PasswordResetRequest: {
            /**
             * Format: email
             * @example li.na@example.com
             */
            email: string;
        };
        PasswordResetAcceptedResponse: {
            /** @description Always the same, whether or not the address belongs to an account: if it does, a mail is on its way. */
            message: string;
        };
        PasswordResetConfirmRequest: {
            /** @description The code from the reset mail. */
            token: string;
            newPassword: string;
        };
        UserListResponse: {
            items: components["schemas"]["UserResponse"][];
            nextCursor: string | null;
        };
        DirectoryTeamResponse: {
            /** Format: uuid */
            id: string;
            /** @example East */
            name: string;
        };
        DirectoryUserResponse: {
            /** Format: uuid */
            id: string;
            /** @example 李明 */
            name: string;
            roles: ("admin" | "sales_manager" | "sales_rep" | "channel_partner" | "service_agent" | "marketer" | "viewer")[];
            teams: components["schemas"]["DirectoryTeamResponse"][];
        };
        UserDirectoryResponse: {
            items: components["schemas"]["DirectoryUserResponse"][];
            nextCursor: string | null;
        };
        CreateUserRequest: {
            /**
             * Format: email
             * @example li.na@example.com
             */
            email: string;
            /** @example 李娜 */
            name: string;
            password: string;
            roles: ("admin" | "sales_manager" | "sales_rep" | "channel_partner" | "service_agent" | "marketer" | "viewer")[];
            teamIds?: string[];
            /**
             * Format: uuid
             * @description Required for channel partners.
             */
            dealerOrgId?: string | null;
            /**
             * @description Default null: the console follows the browser until the user chooses.
             * @enum {string|null}
             */
            locale?: "zh-CN" | "en" | null;
            /** @default true */
            active?: boolean;
        };
        UpdateUserRequest: {
            /** @example 李娜 */
            name?: string;
            roles?: ("admin" | "sales_manager" | "sales_rep" | "channel_partner" | "service_agent" | "marketer" | "viewer")[];
            teamIds?: string[];
            /**
             * Format: uuid
             * @description Required for channel partners.
             */
            dealerOrgId?: string | null;
            /**
             * @description Default null: the console follows the browser until the user chooses.
             * @enum {string|null}
             */
            locale?: "zh-CN" | "en" | null;
            /** @default true */
            active?: boolean;
            /** @description Sets a new password and signs the user out everywhere. */
            password?: string;
        };
        TeamResponse: {
            /** Format: uuid */
            id: string;
            /** @example East */
            name: string;
            description: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        TeamListResponse: {
            items: components["schemas"]["TeamResponse"][];
            nextCursor: string | null;
        };
        CreateTeamRequest: {
            /** @example East */
            name: string;
            description?: string | null;
        };
        UpdateTeamRequest: {
            /** @example East */
            name?: string;
            description?: string | null;
        };
        DealerOrgResponse: {
            /** Format: uuid */
            id: string;
            /** @example Delta Dealer */
            name: string;
            /** Format: email */
            contactEmail: string | null;
            phone: string | null;
            region: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        DealerOrgListResponse: {
            items: components["schemas"]["DealerOrgResponse"][];
            nextCursor: string | null;
        };
        CreateDealerOrgRequest: {
            /** @example Delta Dealer */
            name: string;
            /** Format: email */
            contactEmail?: string | null;
            /** @example +86 21 5555 0100 */
            phone?: string | null;
            /** @example 华东 */
            region?: string | null;
        };
        UpdateDealerOrgRequest: {
            /** @example Delta Dealer */
            name?: string;
            /** Format: email */
            contactEmail?: string | null;
            /** @example +86 21 5555 0100 */
            phone?: string | null;
            /** @example 华东 */
            region?: string | null;
        };
        ApiKeyResponse: {
            /** Format: uuid */
            id: string;
            /** @example ERP sync */
            name: string;
            /** @enum {string} */
            role: "admin" | "sales_manager" | "sales_rep" | "channel_partner" | "service_agent" | "marketer" | "viewer";
            /**
             * @example [
             *       "customers:read"
             *     ]
             */
            scopes: string[];
            /** @description The public start of the key, to recognise it. */
            prefix: string;
            /** Format: uuid */
            teamId: string | null;
            /** Format: uuid */
            dealerOrgId: string | null;
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: date-time */
            lastUsedAt: string | null;
            /** Format: date-time */
            revokedAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        ApiKeyListResponse: {
            items: components["schemas"]["ApiKeyResponse"][];
            nextCursor: string | null;
        };
        CreateApiKeyRequest: {
            /** @example ERP sync */
            name: string;
            /**
             * @description The key acts with this role’s permissions…
             * @enum {string}
             */
            role: "admin" | "sales_manager" | "sales_rep" | "channel_partner" | "service_agent" | "marketer" | "viewer";
            /**
             * @description …narrowed to these scopes: `<area>:read`, `<area>:write`, or `*` for all of the role.
             * @example [
             *       "customers:read",
             *       "leads:write"
             *     ]
             */
            scopes: string[];
            /** Format: uuid */
            teamId?: string | null;
            /** Format: uuid */
            dealerOrgId?: string | null;
            /** Format: date-time */
            expiresAt?: string | null;
        };
        CreatedApiKeyResponse: {
            /** Format: uuid */
            id: string;
            /** @example ERP sync */
            name: string;
            /** @enum {string} */
            role: "admin" | "sales_manager" | "sales_rep" | "channel_partner" | "service_agent" | "marketer" | "viewer";
            /**
             * @example [
             *       "customers:read"
             *     ]
             */
            scopes: string[];
            /** @description The public start of the key, to recognise it. */
            prefix: string;
            /** Format: uuid */
            teamId: string | null;
            /** Format: uuid */
            dealerOrgId: string | null;
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: date-time */
            lastUsedAt: string | null;
            /** Format: date-time */
            revokedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** @description The secret key. Shown only in this response: store it now. */
            key: string;
        };
        CustomerTagRef: {
            /** Format: uuid */
            id: string;
            /** @example 华东 East China */
            name: string;
            /** @example #1677ff */
            color: string | null;
            /** Format: uuid */
            groupId: string;
        };
        PhoneDto: {
            /** @enum {string} */
            type: "mobile" | "work" | "home" | "fax" | "other";
            /** @example +86 138 0013 8000 */
            value: string;
            /** @default false */
            primary?: boolean;
        };
        EmailDto: {
            /** @enum {string} */
            type: "work" | "personal" | "other";
            /** @example li.ming@example.com */
            value: string;
            /** @default false */
            primary?: boolean;
        };
        AddressDto: {
            /** @enum {string} */
            type: "office" | "billing" | "shipping" | "home" | "other";
            /** @example 中国 */
            country?: string;
            /** @example 上海市 */
            province?: string;
            /** @example 上海市 */
            city?: string;
            /** @example 浦东新区 */
            district?: string;
            /** @example 张江路 88 号 */
            street?: string;
            /** @example 201203 */
            postalCode?: string;
            /** @default false */
            primary?: boolean;
        };
        ImHandleDto: {
            /** @enum {string} */
            type: "wechat" | "qq" | "dingtalk" | "whatsapp" | "other";
            /** @example liming_sh */
            value: string;
        };
        NamedRef: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        CustomerResponse: {
            /** Format: uuid */
            id: string;
            /**
             * @description Never changes, never reused.
             * @example C-000123
             */
            number: string;
            /** @enum {string} */
            kind: "company" | "person";
            name: string;
            /** @enum {string} */
            tier: "potential" | "intent" | "deal" | "loyal" | "churned";
            roles: ("customer" | "debtor" | "supplier" | "partner" | "competitor")[];
            /** @description Its tags, by name (deleted tags left out). */
            tags: components["schemas"]["CustomerTagRef"][];
            source: string | null;
            industry: string | null;
            region: string | null;
            phones: components["schemas"]["PhoneDto"][];
            emails: components["schemas"]["EmailDto"][];
            addresses: components["schemas"]["AddressDto"][];
            imHandles: components["schemas"]["ImHandleDto"][];
            website: string | null;
            taxId: string | null;
            /** Format: date */
            foundedOn: string | null;
            companySize: string | null;
            /** @description Financial. */
            annualRevenue?: string | null;
            gender: string | null;
            /** Format: date */
            birthDate: string | null;
            /** @description From the birth date. */
            age: number | null;
            maritalStatus: string | null;
            occupation: string | null;
            /** @description Financial. */
            creditLimit?: string | null;
            /** @description Financial. */
            paymentTerms?: string | null;
            /** @description Financial. */
            bankAccount?: string | null;
            /** @description Financial. */
            receivableBalance?: string;
            notes: string | null;
            owner: components["schemas"]["NamedRef"] | null;
            team: components["schemas"]["NamedRef"] | null;
            /** Format: uuid */
            dealerOrgId: string | null;
            sharedWithTeam: boolean;
            /** Format: date-time */
            lastInteractionAt: string | null;
            /** Format: date */
            nextFollowUpOn: string | null;
            /** @description Custom field values by key: the live fields the caller sees, with a value. */
            customFields?: {
                [key: string]: (string | null) | number | boolean | string[];
            };
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        CustomerListResponse: {
            items: components["schemas"]["CustomerResponse"][];
            nextCursor: string | null;
            /** @description How many customers the caller may read match the filters; on the first page only (no cursor). */
            total?: number;
            /** @description True when total is the database planner’s estimate rather than an exact count: beyond 10,000 matches, or when counting would read too much of the table (few matches among many customers). */
            totalIsEstimate?: boolean;
        };
        PhoneInputDto: {
            /**
             * @description When left out, inferred from the number: `mobile` for a mobile number (in China 1[3-9]…), `work` for a landline or service number.
             * @enum {string}
             */
            type?: "mobile" | "work" | "home" | "fax" | "other";
            /** @example +86 138 0013 8000 */
            value: string;
            /** @default false */
            primary?: boolean;
        };
        CreateCustomerRequest: {
            /** @enum {string} */
            tier?: "potential" | "intent" | "deal" | "loyal" | "churned";
            roles?: ("customer" | "debtor" | "supplier" | "partner" | "competitor")[];
            /** @example trade-show */
            source?: string | null;
            /** @example 制造业 */
            industry?: string | null;
            /** @example 华东 */
            region?: string | null;
            phones?: components["schemas"]["PhoneInputDto"][];
            emails?: components["schemas"]["EmailDto"][];
            addresses?: components["schemas"]["AddressDto"][];
            imHandles?: components["schemas"]["ImHandleDto"][];
            /** @example https://huateng.example.cn */
            website?: string | null;
            /** @description Company: registration / tax id (统一社会信用代码). */
            taxId?: string | null;
            /**
             * Format: date
             * @description Company: founding date.
             */
            foundedOn?: string | null;
            /**
             * @description Company: employees.
             * @enum {string|null}
             */
            companySize?: "1-9" | "10-49" | "50-199" | "200-999" | "1000+" | null;
            /**
             * @description Company: annual revenue (financial).
             * @example 12000000.00
             */
            annualRevenue?: string | null;
            /**
             * @description Person.
             * @enum {string|null}
             */
            gender?: "female" | "male" | "other" | null;
            /**
             * Format: date
             * @description Person: birth date (age is derived).
             */
            birthDate?: string | null;
            /**
             * @description Person.
             * @enum {string|null}
             */
            maritalStatus?: "single" | "married" | "divorced" | "widowed" | "other" | null;
            /** @description Person: occupation. */
            occupation?: string | null;
            /**
             * @description Credit limit (financial).
             * @example 500000.00
             */
            creditLimit?: string | null;
            /**
             * @description Payment terms (financial).
             * @example NET30
             */
            paymentTerms?: string | null;
            /** @description Bank account (financial). */
            bankAccount?: string | null;
            notes?: string | null;
            /** @description The owner shares the customer with their team. */
            sharedWithTeam?: boolean;
            /**
             * @description Custom field values by key (GET /custom-fields lists the fields). Unknown keys are refused; null clears a value; on create, fields left out take their defaults.
             * @example {
             *       "store_count": 12,
             *       "preferred_channel": "wechat"
             *     }
             */
            customFields?: {
                [key: string]: (string | null) | number | boolean | string[];
            };
            /** @enum {string} */
            kind: "company" | "person";
            /** @example 上海华腾科技有限公司 */
            name: string;
            /**
             * Format: uuid
             * @description Default: the caller. A sales rep may only own.
             */
            ownerId?: string;
            /**
             * Format: uuid
             * @description Default: the owner’s first team.
             */
            teamId?: string;
        };
        DraftPhoneDto: {
            /** @enum {string} */
            type?: "mobile" | "work" | "home" | "fax" | "other";
            /** @example +86 138 0013 8000 */
            value: string;
            /** @default false */
            primary?: boolean;
        };
        DuplicateCheckRequest: {
            /** @enum {string} */
            kind: "company" | "person";
            name?: string;
            taxId?: string;
            phones?: components["schemas"]["DraftPhoneDto"][];
            emails?: components["schemas"]["EmailDto"][];
            addresses?: components["schemas"]["AddressDto"][];
            /**
             * @description Custom field values by key (GET /custom-fields lists the fields). Unknown keys are refused; null clears a value; on create, fields left out take their defaults.
             * @example {
             *       "store_count": 12,
             *       "preferred_channel": "wechat"
             *     }
             */
            customFields?: {
                [key: string]: (string | null) | number | boolean | string[];
            };
            /**
             * Format: uuid
             * @description When editing: the customer itself, not a duplicate.
             */
            excludeId?: string;
        };
        DuplicateCandidate: {
            /** Format: uuid */
            id: string;
            /** @example C-000123 */
            number: string;
            name: string;
            owner: components["schemas"]["NamedRef"] | null;
            matchedOn: ("phone" | "email" | "taxId" | "name" | "address")[];
            /** @description Keys of the custom fields whose duplicate rule matched (those the caller sees; a match on a field hidden from the caller counts without being named). */
            matchedCustomFields: string[];
            score: number;
            /** @description A blocking rule matched: the record cannot be saved. */
            blocking: boolean;
            /** @description Whether the caller may open this customer. */
            readable: boolean;
        };
        DuplicateCheckResponse: {
            duplicates: components["schemas"]["DuplicateCandidate"][];
        };
        BulkTransferRequest: {
            /**
             * Format: uuid
             * @description The new owner.
             */
            ownerId: string;
            /**
             * Format: uuid
             * @description Default: the new owner’s first team.
             */
            teamId?: string;
            customerIds?: string[];
            /**
             * Format: uuid
             * @description Every customer this user owns (that you may reassign).
             */
            fromOwnerId?: string;
        };
        BulkTransferResponse: {
            /** @description How many customers changed owner. */
            transferred: number;
        };
        MergeCustomersRequest: {
            /**
             * Format: uuid
             * @description The duplicate to merge into this customer; it is soft-deleted.
             */
            sourceId: string;
            /**
             * @description Per field, whose value to keep. Without a choice, lists (phones, emails, addresses, IM handles, roles) are joined and other fields keep the survivor’s value unless it is empty. A custom field is chosen as `cf.<key>`, likewise kept from the survivor unless it has none; only fields the caller sees (another is refused as unknown) and may change (403) can be chosen, and the merged values are checked as an update’s are.
             * @example {
             *       "name": "source",
             *       "industry": "target",
             *       "cf.store_count": "source"
             *     }
             */
            fields?: {
                [key: string]: "target" | "source";
            };
        };
        UpdateCustomerRequest: {
            /** @enum {string} */
            tier?: "potential" | "intent" | "deal" | "loyal" | "churned";
            roles?: ("customer" | "debtor" | "supplier" | "partner" | "competitor")[];
            /** @example trade-show */
            source?: string | null;
            /** @example 制造业 */
            industry?: string | null;
            /** @example 华东 */
            region?: string | null;
            phones?: components["schemas"]["PhoneInputDto"][];
            emails?: components["schemas"]["EmailDto"][];
            addresses?: components["schemas"]["AddressDto"][];
            imHandles?: components["schemas"]["ImHandleDto"][];
            /** @example https://huateng.example.cn */
            website?: string | null;
            /** @description Company: registration / tax id (统一社会信用代码). */
            taxId?: string | null;
            /**
             * Format: date
             * @description Company: founding date.
             */
            foundedOn?: string | null;
            /**
             * @description Company: employees.
             * @enum {string|null}
             */
            companySize?: "1-9" | "10-49" | "50-199" | "200-999" | "1000+" | null;
            /**
             * @description Company: annual revenue (financial).
             * @example 12000000.00
             */
            annualRevenue?: string | null;
            /**
             * @description Person.
             * @enum {string|null}
             */
            gender?: "female" | "male" | "other" | null;
            /**
             * Format: date
             * @description Person: birth date (age is derived).
             */
            birthDate?: string | null;
            /**
             * @description Person.
             * @enum {string|null}
             */
            maritalStatus?: "single" | "married" | "divorced" | "widowed" | "other" | null;
            /** @description Person: occupation. */
            occupation?: string | null;
            /**
             * @description Credit limit (financial).
             * @example 500000.00
             */
            creditLimit?: string | null;
            /**
             * @description Payment terms (financial).
             * @example NET30
             */
            paymentTerms?: string | null;
            /** @description Bank account (financial). */
            bankAccount?: string | null;
            notes?: string | null;
            /** @description The owner shares the customer with their team. */
            sharedWithTeam?: boolean;
            /**
             * @description Custom field values by key (GET /custom-fields lists the fields). Unknown keys are refused; null clears a value; on create, fields left out take their defaults.
             * @example {
             *       "store_count": 12,
             *       "preferred_channel": "wechat"
             *     }
             */
            customFields?: {
                [key: string]: (string | null) | number | boolean | string[];
            };
            /** @example 上海华腾科技有限公司 */
            name?: string;
        };
        TransferCustomerRequest: {
            /**
             * Format: uuid
             * @description The new owner.
             */
            ownerId: string;
            /**
             * Format: uuid
             * @description Default: the new owner’s first team.
             */
            teamId?: string;
        };
        TimelineEventResponse: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "call" | "email" | "meeting" | "visit" | "note" | "created" | "owner-changed" | "tier-changed" | "merged" | "imported" | "restored" | "relationship-added" | "relationship-changed" | "relationship-removed" | "assigned" | "status-changed" | "converted" | "lead-history";
            /** Format: date-time */
            occurredAt: string;
            /** @enum {string} */
            actorType: "user" | "apiKey" | "system";
            /** Format: uuid */
            actorId: string | null;
            summary: string;
            details: {
                [key: string]: unknown;
            };
        };
        TimelineListResponse: {
            items: components["schemas"]["TimelineEventResponse"][];
            nextCursor: string | null;
        };
        LogInteractionRequest: {
            /** @enum {string} */
            kind: "call" | "email" | "meeting" | "visit" | "note";
            /**
             * Format: date-time
             * @description When it happened (default: now).
             */
            occurredAt?: string;
            /** @example 电话沟通报价，客户希望下周看样品 */
            summary: string;
            /**
             * @example [
             *       "李明",
             *       "王总"
             *     ]
             */
            participants?: string[];
            /** @example Sample visit agreed */
            outcome?: string;
            /**
             * Format: date
             * @description The next follow-up day. On a customer: a follow-up task due that day for the caller, which the customer’s next follow-up then follows. On a lead: the lead’s next follow-up.
             */
            nextFollowUpOn?: string;
        };
        DuplicateRuleDto: {
            /** @enum {string} */
            field: "phone" | "email" | "taxId" | "name" | "address";
            /**
             * @description block: refuse (409); warn: ask to confirm; off.
             * @enum {string}
             */
            mode: "block" | "warn" | "off";
            /** @description Fuzzy fields (name, address): similarity from which two values match. */
            threshold?: number;
        };
        CustomFieldDuplicateRuleDto: {
            /**
             * @description The key of a customer custom field (text, number, currency, percent, date, date-time, single select, user, URL, email or phone). Values are compared exactly after normalization (half-width, lower case, phones in E.164).
             * @example store_code
             */
            key: string;
            /**
             * @description block: refuse (409); warn: ask to confirm; off.
             * @enum {string}
             */
            mode: "block" | "warn" | "off";
        };
        DuplicateRulesBody: {
            rules: components["schemas"]["DuplicateRuleDto"][];
            /** @description Rules on customer custom fields, as stored: one on a deleted field (or on a type that cannot be compared) does not apply until the field is back. */
            customFieldRules: components["schemas"]["CustomFieldDuplicateRuleDto"][];
        };
        DuplicateRulesRequest: {
            rules: components["schemas"]["DuplicateRuleDto"][];
            /** @description Rules on customer custom fields; left out, they stay as they are. A rule on a field that is deleted, or changed to a type that cannot be compared, stops applying. */
            customFieldRules?: components["schemas"]["CustomFieldDuplicateRuleDto"][];
        };
        UploadImportForm: {
            /**
             * Format: binary
             * @description A .csv file (UTF-8, UTF-16, GB18030/GBK or Big5: the encoding is detected) or an .xlsx workbook; the first row holds the headers.
             */
            file?: string;
        };
        ImportPreviewResponse: {
            /** Format: uuid */
            id: string;
            /**
             * @description What the import creates: customers or leads.
             * @enum {string}
             */
            target: "customers" | "leads";
            /** @enum {string} */
            status: "uploaded" | "queued" | "running" | "completed" | "failed" | "cancelled";
            filename: string;
            /** @enum {string} */
            format: "csv" | "xlsx";
            /**
             * @description The text encoding the CSV file is read in; null for an XLSX workbook.
             * @enum {string|null}
             */
            encoding: "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "big5" | null;
            headers: string[];
            /** @description Per column: the field it fills, or null. */
            mapping: string[] | null;
            /** @enum {string|null} */
            duplicateMode: "skip" | "update" | "create" | null;
            totalRows: number | null;
            processedRows: number;
            created: number;
            updated: number;
            skipped: number;
            failed: number;
            failureReason: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            finishedAt: string | null;
            /** @description The first rows. */
            sampleRows: string[][];
            /** @description A suggested field per column. */
            suggestedMapping: string[] | null;
            /**
             * @description The encoding the CSV file's bytes look like (byte-order mark, valid UTF-8, else the likelier of GB18030 and Big5); null for an XLSX workbook.
             * @enum {string|null}
             */
            detectedEncoding: "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "big5" | null;
        };
        PreviewImportRequest: {
            /**
             * @description The text encoding to read the CSV file in, instead of the detected one: utf-8, utf-16le, utf-16be, gb18030 (also GBK and GB2312) or big5.
             * @enum {string}
             */
            encoding: "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "big5";
        };
        StartImportRequest: {
            /**
             * @description One entry per column, in order: the field it fills, or null to ignore the column. Only the import target's fields are accepted (customers: kind, name, tier, …, owner; leads: name, company, title, phone, mobile, email, region, productInterest, source, campaign, notes, owner). `owner` is the owner's email: a row naming an active user is created for them as the create API's ownerId would be (the caller's permission decides each row, else the row fails with the reason); a row without one is the importer's (customers) or the assignment rules' (leads).
             *
             *     A custom field of the target's record type is `cf.<key>` (e.g. `cf.store_count`); the preview suggests it for a header that is the field's key or its zh / en label. A field hidden from the caller is refused as an unknown one. Each cell is read for the field's type: select options by key or label, multi-select choices separated by 、 ， , ; or |, booleans 是/否, true/false, 1/0, Y/N, dates 2026-12-07, 2026/12/7, 2026年12月7日 or Excel date numbers, date-times with a time (China time unless an offset is written), numbers with full-width digits or thousands separators, percent with or without %, amounts with ¥, ￥ or CNY, users by e-mail. Then the values are checked as the create and update APIs check them: a wrong value, or a field read-only to the caller, fails the row with the reason in the error report. An empty cell gives no value; on update only the custom fields the row gives change. New records take the fields' defaults, and a required field without a value or default fails the row.
             */
            mapping: (string | null)[];
            /**
             * @description A row matching an existing record: skip it, update that record, or create anyway (customers: only where no blocking rule matches). Updating a customer with another owner in the owner column transfers it, as POST /customers/{id}/transfer does: the row fails unless the caller may reassign that customer.
             * @enum {string}
             */
            duplicateMode: "skip" | "update" | "create";
            /**
             * @description The text encoding to read the CSV file in, instead of the detected one: utf-8, utf-16le, utf-16be, gb18030 (also GBK and GB2312) or big5. The mapping must fit the headers as read in it.
             * @enum {string}
             */
            encoding?: "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "big5";
        };
        ImportResponse: {
            /** Format: uuid */
            id: string;
            /**
             * @description What the import creates: customers or leads.
             * @enum {string}
             */
            target: "customers" | "leads";
            /** @enum {string} */
            status: "uploaded" | "queued" | "running" | "completed" | "failed" | "cancelled";
            filename: string;
            /** @enum {string} */
            format: "csv" | "xlsx";
            /**
             * @description The text encoding the CSV file is read in; null for an XLSX workbook.
             * @enum {string|null}
             */
            encoding: "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "big5" | null;
            headers: string[];
            /** @description Per column: the field it fills, or null. */
            mapping: string[] | null;
            /** @enum {string|null} */
            duplicateMode: "skip" | "update" | "create" | null;
            totalRows: number | null;
            processedRows: number;
            created: number;
            updated: number;
            skipped: number;
            failed: number;
            failureReason: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            finishedAt: string | null;
        };
        SkippedRow: {
            /** @description The spreadsheet row number (the header is row 1). */
            row: number;
            column: string | null;
            /** @description Why the row was skipped, e.g. the record it duplicates. */
            reason: string;
        };
        SkippedRowsResponse: {
            items: components["schemas"]["SkippedRow"][];
            nextCursor: string | null;
        };
        NotificationResponse: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "task-reminder" | "lead-follow-up" | "lead-assigned" | "leads-imported";
            title: string;
            body: string;
            /**
             * @description The values the text of its kind is made of, for rendering it in the reader’s language (`title` is the text in the recipient’s saved language). Null on older notifications.
             * @example {
             *       "leadNumber": "L-000123",
             *       "leadName": "王芳"
             *     }
             */
            params: {
                [key: string]: (string | null) | number;
            } | null;
            /** @enum {string|null} */
            subjectType: "task" | "lead" | "customer" | null;
            /** Format: uuid */
            subjectId: string | null;
            /** Format: date-time */
            readAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        NotificationListResponse: {
            items: components["schemas"]["NotificationResponse"][];
            nextCursor: string | null;
            /** @description How many of the caller’s notifications are unread. */
            unreadCount: number;
        };
        UnreadCountResponse: {
            unreadCount: number;
        };
        LeadResponse: {
            /** Format: uuid */
            id: string;
            /**
             * @description Never changes, never reused.
             * @example L-000042
             */
            number: string;
            /** @example 李明 */
            name: string;
            company: string | null;
            title: string | null;
            phones: components["schemas"]["PhoneDto"][];
            emails: components["schemas"]["EmailDto"][];
            region: string | null;
            productInterest: string | null;
            /** @enum {string} */
            source: "web-form" | "social" | "phone" | "email" | "event" | "dealer" | "import" | "api" | "other";
            campaign: string | null;
            /** @enum {string} */
            status: "new" | "contacted" | "qualified" | "converted" | "disqualified";
            disqualifiedReason: string | null;
            /** Format: date-time */
            nextFollowUpAt: string | null;
            /** @description From the scoring weights. */
            score: number;
            /** Format: date-time */
            lastActivityAt: string | null;
            notes: string | null;
            owner: components["schemas"]["NamedRef"] | null;
            team: components["schemas"]["NamedRef"] | null;
            /** Format: uuid */
            dealerOrgId: string | null;
            sharedWithTeam: boolean;
            /** Format: uuid */
            webFormId: string | null;
            /**
             * Format: uuid
             * @description Once converted.
             */
            convertedCustomerId: string | null;
            /** Format: date-time */
            convertedAt: string | null;
            /** @description Custom field values by key: the live fields the caller sees, with a value. */
            customFields?: {
                [key: string]: (string | null) | number | boolean | string[];
            };
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        LeadListResponse: {
            items: components["schemas"]["LeadResponse"][];
            nextCursor: string | null;
        };
        CreateLeadRequest: {
            /** @example 李明 */
            name: string;
            /** @example 上海华腾科技有限公司 */
            company?: string | null;
            /** @example 采购经理 */
            title?: string | null;
            phones?: components["schemas"]["PhoneInputDto"][];
            emails?: components["schemas"]["EmailDto"][];
            /** @example 华东 */
            region?: string | null;
            /** @example CRM 企业版 */
            productInterest?: string | null;
            /**
             * @description Free text until campaigns exist.
             * @example 2026 春季展会
             */
            campaign?: string | null;
            /** Format: date-time */
            nextFollowUpAt?: string | null;
            notes?: string | null;
            /** @description The owner shares the lead with their team. */
            sharedWithTeam?: boolean;
            /**
             * @description Custom field values by key (GET /custom-fields lists the fields). Unknown keys are refused; null clears a value; on create, fields left out take their defaults.
             * @example {
             *       "store_count": 12,
             *       "preferred_channel": "wechat"
             *     }
             */
            customFields?: {
                [key: string]: (string | null) | number | boolean | string[];
            };
            /**
             * @default api
             * @enum {string}
             */
            source?: "web-form" | "social" | "phone" | "email" | "event" | "dealer" | "import" | "api" | "other";
            /**
             * Format: uuid
             * @description Default: a sales rep or channel partner owns what they enter; for others the assignment rules choose.
             */
            ownerId?: string;
            /**
             * Format: uuid
             * @description Default: the owner’s first team.
             */
            teamId?: string;
        };
        UpdateLeadRequest: {
            /** @example 李明 */
            name?: string;
            /** @example 上海华腾科技有限公司 */
            company?: string | null;
            /** @example 采购经理 */
            title?: string | null;
            phones?: components["schemas"]["PhoneInputDto"][];
            emails?: components["schemas"]["EmailDto"][];
            /** @example 华东 */
            region?: string | null;
            /** @example CRM 企业版 */
            productInterest?: string | null;
            /**
             * @description Free text until campaigns exist.
             * @example 2026 春季展会
             */
            campaign?: string | null;
            /** Format: date-time */
            nextFollowUpAt?: string | null;
            notes?: string | null;
            /** @description The owner shares the lead with their team. */
            sharedWithTeam?: boolean;
            /**
             * @description Custom field values by key (GET /custom-fields lists the fields). Unknown keys are refused; null clears a value; on create, fields left out take their defaults.
             * @example {
             *       "store_count": 12,
             *       "preferred_channel": "wechat"
             *     }
             */
            customFields?: {
                [key: string]: (string | null) | number | boolean | string[];
            };
            /**
             * @description new → contacted → qualified; any open status → disqualified (with a reason); disqualified → new. Converting has its own route.
             * @enum {string}
             */
            status?: "new" | "contacted" | "qualified" | "disqualified";
            /** @description Required when disqualifying. */
            disqualifiedReason?: string;
        };
        AssignLeadRequest: {
            /** Format: uuid */
            ownerId: string;
            /**
             * Format: uuid
             * @description Default: the owner’s first team.
             */
            teamId?: string;
        };
        ConversionCandidate: {
            /** Format: uuid */
            id: string;
            /** @example C-000123 */
            number: string;
            /**
             * @description Null for a customer the caller may not read.
             * @enum {string|null}
             */
            kind: "company" | "person" | null;
            name: string;
            /** @description A person: the company they are a contact of (the primary one first). Null for a customer the caller may not read. */
            company: string | null;
            /**
             * @description The primary phone; masked (first three and last four digits) unless the caller may read the customer’s phones; null for a customer the caller may not read.
             * @example 138****5678
             */
            phone: string | null;
            /** @description The primary address’s city; null for a customer the caller may not read. */
            city: string | null;
            owner: components["schemas"]["NamedRef"] | null;
            matchedOn: ("phone" | "email" | "companyName" | "name")[];
            /** @description Whether the caller may open this customer and link the lead to it. */
            readable: boolean;
        };
        ConversionPlan: {
            /** @description The company customer, named after the lead’s company; null: none. */
            company: string | null;
            /** @description The person customer (a contact of the company when there is one), with the lead’s phones and emails. */
            person: string;
        };
        ConversionCandidatesResponse: {
            /** @description Most matches first; at most 20. */
            candidates: components["schemas"]["ConversionCandidate"][];
            creates: components["schemas"]["ConversionPlan"];
        };
        ConvertedCustomerFields: {
            /**
             * @description Custom field values by key (GET /custom-fields lists the fields). Unknown keys are refused; null clears a value; on create, fields left out take their defaults.
             * @example {
             *       "store_count": 12,
             *       "preferred_channel": "wechat"
             *     }
             */
            customFields?: {
                [key: string]: (string | null) | number | boolean | string[];
            };
        };
        ConvertLeadRequest: {
            /**
             * Format: uuid
             * @description Link the lead to this existing customer (e.g. one the duplicate check found) instead of creating one.
             */
            customerId?: string;
            /** @description Create new customers although similar ones exist (warn rules only). */
            acknowledgeDuplicates?: boolean;
            /** @description For the customer the lead becomes (the company when the lead has one): custom field values beside those carried over. The lead's custom field values carry over to the customer's fields with the same key where the value converts to that field's type (as a type change converts it); values given here replace carried ones; the customer fields' defaults fill in the rest. A required customer field left without a value is a 400 naming it. Checked as on POST /customers (unknown or hidden fields 400, read-only ones 403). Ignored when linking to an existing customer. */
            customer?: components["schemas"]["ConvertedCustomerFields"];
        };
        ConvertLeadResponse: {
            /** @description The lead, now converted. */
            lead: components["schemas"]["LeadResponse"];
            /**
             * Format: uuid
             * @description The company or person the lead became.
             */
            customerId: string;
            /**
             * Format: uuid
             * @description For a lead with a company: the person, a contact of that company.
             */
            contactPersonId: string | null;
            /** @description Whether a new customer was created (false: linked). */
            created: boolean;
        };
        AssignmentConditionsDto: {
            /**
             * @description Any of these regions.
             * @example [
             *       "华东"
             *     ]
             */
            regions?: string[];
            /**
             * @example [
             *       "CRM 企业版"
             *     ]
             */
            productInterests?: string[];
            sources?: ("web-form" | "social" | "phone" | "email" | "event" | "dealer" | "import" | "api" | "other")[];
            minScore?: number;
            maxScore?: number;
        };
        AssignmentRuleResponse: {
            /** Format: uuid */
            id: string;
            name: string;
            active: boolean;
            conditions: components["schemas"]["AssignmentConditionsDto"];
            /** @enum {string} */
            strategy: "user" | "round-robin" | "least-open-leads";
            /** Format: uuid */
            userId: string | null;
            /** Format: uuid */
            teamId: string | null;
        };
        AssignmentRulesResponse: {
            rules: components["schemas"]["AssignmentRuleResponse"][];
            /** Format: uuid */
            fallbackTeamId: string | null;
            /** @description Send it as If-Match to replace the rules. */
            version: number;
        };
        AssignmentRuleDto: {
            /**
             * Format: uuid
             * @description Kept across edits; new rules get one.
             */
            id?: string;
            /** @example 华东网站线索 */
            name: string;
            /** @default true */
            active?: boolean;
            conditions: components["schemas"]["AssignmentConditionsDto"];
            /**
             * @description user: to userId; round-robin / least-open-leads: among the members of teamId.
             * @enum {string}
             */
            strategy: "user" | "round-robin" | "least-open-leads";
            /** Format: uuid */
            userId?: string;
            /** Format: uuid */
            teamId?: string;
        };
        AssignmentRulesBody: {
            /** @description In order: the first match wins. */
            rules: components["schemas"]["AssignmentRuleDto"][];
            /**
             * Format: uuid
             * @description The fallback queue: unmatched leads go to this team, unowned.
             */
            fallbackTeamId?: string | null;
        };
        AssignmentTestRequest: {
            /** @example 华东 */
            region?: string;
            productInterest?: string;
            /** @enum {string} */
            source: "web-form" | "social" | "phone" | "email" | "event" | "dealer" | "import" | "api" | "other";
            score: number;
        };
        AssignmentTestResponse: {
            /**
             * Format: uuid
             * @description null: fallback.
             */
            ruleId: string | null;
            ruleName: string | null;
            /** @enum {string} */
            strategy: "user" | "round-robin" | "least-open-leads" | "fallback";
            /**
             * Format: uuid
             * @description Who would get it now (round-robin: the next in turn), without taking a turn.
             */
            userId: string | null;
            /** Format: uuid */
            teamId: string | null;
        };
        SourceWeightsDto: {
            "web-form": number;
            social: number;
            phone: number;
            email: number;
            event: number;
            dealer: number;
            import: number;
            api: number;
            other: number;
        };
        LeadScoringBody: {
            /** @description Points per source. */
            source: components["schemas"]["SourceWeightsDto"];
            /** @description Points for a fully filled-in lead. */
            completeness: number;
            /** @description Points for activity today, fading. */
            recentActivity: number;
            activityWindowDays: number;
        };
        TaskParentRef: {
            /** @enum {string} */
            type: "customer" | "lead";
            /** Format: uuid */
            id: string;
            name: string;
        };
        TaskResponse: {
            /** Format: uuid */
            id: string;
            title: string;
            description: string | null;
            /** Format: uuid */
            customerId: string | null;
            /** Format: uuid */
            leadId: string | null;
            /** @description The record it is about. */
            parent: components["schemas"]["TaskParentRef"] | null;
            assignee: components["schemas"]["NamedRef"] | null;
            /** Format: date-time */
            dueAt: string | null;
            /** @enum {string} */
            priority: "low" | "normal" | "high" | "urgent";
            /** @enum {string} */
            status: "open" | "in-progress" | "done" | "cancelled";
            /** Format: date-time */
            reminderAt: string | null;
            /**
             * Format: date-time
             * @description When it fired.
             */
            remindedAt: string | null;
            /** Format: date-time */
            completedAt: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        TaskListResponse: {
            items: components["schemas"]["TaskResponse"][];
            nextCursor: string | null;
        };
        CreateTaskRequest: {
            /** @example 回电确认报价 */
            title: string;
            description?: string;
            /**
             * Format: uuid
             * @description Default: the caller.
             */
            assigneeId?: string;
            /** Format: date-time */
            dueAt?: string | null;
            /**
             * @default normal
             * @enum {string}
             */
            priority?: "low" | "normal" | "high" | "urgent";
            /**
             * Format: date-time
             * @description The assignee is notified then (in-app, and by e-mail when SMTP is set).
             */
            reminderAt?: string | null;
            /**
             * Format: uuid
             * @description Exactly one of customerId and leadId.
             */
            customerId?: string;
            /**
             * Format: uuid
             * @description Exactly one of customerId and leadId.
             */
            leadId?: string;
        };
        UpdateTaskRequest: {
            /** @example 回电确认报价 */
            title?: string;
            description?: string;
            /**
             * Format: uuid
             * @description Default: the caller.
             */
            assigneeId?: string;
            /** Format: date-time */
            dueAt?: string | null;
            /**
             * @default normal
             * @enum {string}
             */
            priority?: "low" | "normal" | "high" | "urgent";
            /**
             * Format: date-time
             * @description The assignee is notified then (in-app, and by e-mail when SMTP is set).
             */
            reminderAt?: string | null;
            /** @enum {string} */
            status?: "open" | "in-progress" | "done" | "cancelled";
        };
        TodayCustomer: {
            /** Format: uuid */
            id: string;
            /** @example C-000123 */
            number: string;
            name: string;
            /** Format: date */
            nextFollowUpOn: string;
            /** Format: date-time */
            lastInteractionAt: string | null;
            owner: components["schemas"]["NamedRef"] | null;
            /** @description The follow-up date is before today. */
            overdue: boolean;
        };
        TodayCounts: {
            overdueTasks: number;
            dueTodayTasks: number;
            leads: number;
            customers: number;
        };
        TodayResponse: {
            /**
             * Format: date
             * @description Today in the requested time zone.
             */
            date: string;
            /**
             * Format: date-time
             * @description The end of today (exclusive).
             */
            endOfDay: string;
            /** @description Open tasks due before now. */
            overdueTasks: components["schemas"]["TaskResponse"][];
            /** @description Open tasks due from now until midnight. */
            dueTodayTasks: components["schemas"]["TaskResponse"][];
            /** @description Open leads whose follow-up is due today. */
            leads: components["schemas"]["LeadResponse"][];
            /** @description Customers of the caller’s with a follow-up due today, except those whose due follow-up is already listed as one of the caller’s tasks. */
            customers: components["schemas"]["TodayCustomer"][];
            /** @description Group sizes (each list shows at most 100). */
            counts: components["schemas"]["TodayCounts"];
        };
        SnoozeCustomerFollowUpRequest: {
            /**
             * @description The caller’s time zone: “today” ends at its midnight.
             * @default UTC
             * @example Asia/Shanghai
             */
            timezone?: string;
            /**
             * Format: date
             * @description The day the follow-up moves to; after today.
             * @example 2026-12-08
             */
            day: string;
        };
        WebFormResponse: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description Public: it is part of the submission URL. */
            publicKey: string;
            allowedOrigins: string[];
            fieldMapping: {
                [key: string]: string;
            };
            honeypotField: string;
            campaign: string | null;
            active: boolean;
            /** @example /api/v1/public/forms/3vQy…/submissions */
            submitPath: string;
            /** @description HTML to paste into a static page: the form and a small script. */
            embedSnippet: string;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        WebFormListResponse: {
            items: components["schemas"]["WebFormResponse"][];
            nextCursor: string | null;
        };
        CreateWebFormRequest: {
            /** @example 官网咨询表单 */
            name: string;
            /**
             * @description Pages on these origins (scheme://host[:port]) may post the form.
             * @example [
             *       "https://www.example.cn"
             *     ]
             */
            allowedOrigins?: string[];
            /**
             * @description Form field name → lead field, or `cf.<key>` for a lead custom field (its text is read for the field’s type as an import reads a cell — options by key or label, 是/否, dates such as 2026-12-07 — and checked as on POST /leads; the fields’ defaults fill in, a required one left out is a 400). One field must fill the lead’s name.
             * @example {
             *       "full_name": "name",
             *       "mobile": "phone",
             *       "mail": "email",
             *       "booth": "cf.trade_fair_booth"
             *     }
             */
            fieldMapping: {
                [key: string]: ("name" | "company" | "title" | "phone" | "email" | "region" | "productInterest" | "notes") | string;
            };
            /**
             * @description A hidden field people leave empty; a submission that fills it is refused.
             * @example website
             */
            honeypotField?: string;
            /** @description Recorded on every lead from this form. */
            campaign?: string;
            /** @description An inactive form refuses submissions (404). */
            active?: boolean;
        };
        UpdateWebFormRequest: {
            /** @example 官网咨询表单 */
            name?: string;
            /**
             * @description Pages on these origins (scheme://host[:port]) may post the form.
             * @example [
             *       "https://www.example.cn"
             *     ]
             */
            allowedOrigins?: string[];
            /**
             * @description Form field name → lead field, or `cf.<key>` for a lead custom field (its text is read for the field’s type as an import reads a cell — options by key or label, 是/否, dates such as 2026-12-07 — and checked as on POST /leads; the fields’ defaults fill in, a required one left out is a 400). One field must fill the lead’s name.
             * @example {
             *       "full_name": "name",
             *       "mobile": "phone",
             *       "mail": "email",
             *       "booth": "cf.trade_fair_booth"
             *     }
             */
            fieldMapping?: {
                [key: string]: ("name" | "company" | "title" | "phone" | "email" | "region" | "productInterest" | "notes") | string;
            };
            /**
             * @description A hidden field people leave empty; a submission that fills it is refused.
             * @example website
             */
            honeypotField?: string;
            /** @description Recorded on every lead from this form. */
            campaign?: string;
            /** @description An inactive form refuses submissions (404). */
            active?: boolean;
        };
        SubmissionReceivedResponse: {
            /** @enum {string} */
            status: "received";
        };
        LocalizedText: {
            /** @example 控股 */
            zh: string;
            /** @example Holds shares in */
            en: string;
        };
        RelationshipTypeResponse: {
            /** Format: uuid */
            id: string;
            /** @example holding */
            key: string;
            /** @description How the from-customer sees the to-customer: A shows "控股 B" (A holds shares in B), a subsidiary shows "母公司 B". */
            name: components["schemas"]["LocalizedText"];
            /** @description How the to-customer sees the from-customer: B shows "被控股 A". */
            inverseName: components["schemas"]["LocalizedText"];
            /** @enum {string} */
            fromKind: "company" | "person" | "any";
            /** @enum {string} */
            toKind: "company" | "person" | "any";
            /** @description The same both ways (family): (a, b) and (b, a) are one edge. */
            symmetric: boolean;
            /** @description Edges carry a percentage (0–100; holdings into one customer add up to at most 100). */
            hasPercentage: boolean;
            /** @description Edges carry a title (employment). */
            hasTitle: boolean;
            /** @description Edges carry startsOn / endsOn. */
            hasPeriod: boolean;
            /** @description Comes with Kehu; cannot be deleted. */
            builtIn: boolean;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        RelationshipTypeListResponse: {
            items: components["schemas"]["RelationshipTypeResponse"][];
            nextCursor: string | null;
        };
        CreateRelationshipTypeRequest: {
            /**
             * @description Lower-case letters, digits and dashes.
             * @example supplier-of
             */
            key: string;
            name: components["schemas"]["LocalizedText"];
            /** @description Required unless symmetric (a symmetric type reads the same both ways). */
            inverseName?: components["schemas"]["LocalizedText"];
            /** @enum {string} */
            fromKind: "company" | "person" | "any";
            /** @enum {string} */
            toKind: "company" | "person" | "any";
            /** @default false */
            symmetric?: boolean;
            /** @default false */
            hasPercentage?: boolean;
            /** @default false */
            hasTitle?: boolean;
            /** @default false */
            hasPeriod?: boolean;
        };
        UpdateRelationshipTypeRequest: {
            name?: components["schemas"]["LocalizedText"];
            /** @description Required unless symmetric (a symmetric type reads the same both ways). */
            inverseName?: components["schemas"]["LocalizedText"];
        };
        RelationshipGraphNode: {
            /** Format: uuid */
            id: string;
            readable: boolean;
            /** @example C-000123 */
            number?: string;
            name?: string;
            /** @enum {string} */
            kind?: "company" | "person";
        };
        RelationshipGraphEdge: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            fromId: string;
            /** Format: uuid */
            toId: string;
            /** Format: uuid */
            typeId: string;
            /** @description As seen from the from-node. */
            label: components["schemas"]["LocalizedText"];
            /** @description As seen from the to-node. */
            inverseLabel: components["schemas"]["LocalizedText"];
            /** @description Read the same both ways (family). */
            symmetric: boolean;
            percentage: string | null;
            title: string | null;
            /** Format: date */
            startsOn: string | null;
            /** Format: date */
            endsOn: string | null;
            /** @description For If-Match on PATCH / DELETE /relationships/{id}. */
            version: number;
        };
        RelationshipGraphResponse: {
            /**
             * Format: uuid
             * @description The customer the graph is centred on.
             */
            rootId: string;
            /** @description The root first, then by distance. */
            nodes: components["schemas"]["RelationshipGraphNode"][];
            edges: components["schemas"]["RelationshipGraphEdge"][];
            /** @description More customers were in reach than the graph holds (200). */
            truncated: boolean;
        };
        CreateRelationshipRequest: {
            /**
             * @description Types with a percentage (holding): 0–100, two decimals, as a string.
             * @example 51.00
             */
            percentage?: string | null;
            /**
             * @description Types with a title (employment).
             * @example 财务总监
             */
            title?: string | null;
            /**
             * Format: date
             * @description Types with a period.
             */
            startsOn?: string | null;
            /**
             * Format: date
             * @description Types with a period.
             */
            endsOn?: string | null;
            note?: string | null;
            /**
             * Format: uuid
             * @description The other customer; the caller must be able to read it.
             */
            toId: string;
            /** Format: uuid */
            typeId: string;
        };
        RelationshipResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            fromId: string;
            /** Format: uuid */
            toId: string;
            /** Format: uuid */
            typeId: string;
            /** @example holding */
            typeKey: string;
            /** @description As seen from the from-customer. */
            label: components["schemas"]["LocalizedText"];
            /** @description As seen from the to-customer. */
            inverseLabel: components["schemas"]["LocalizedText"];
            /** @example 51.00 */
            percentage: string | null;
            title: string | null;
            /** Format: date */
            startsOn: string | null;
            /** Format: date */
            endsOn: string | null;
            note: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        UpdateRelationshipRequest: {
            /**
             * @description Types with a percentage (holding): 0–100, two decimals, as a string.
             * @example 51.00
             */
            percentage?: string | null;
            /**
             * @description Types with a title (employment).
             * @example 财务总监
             */
            title?: string | null;
            /**
             * Format: date
             * @description Types with a period.
             */
            startsOn?: string | null;
            /**
             * Format: date
             * @description Types with a period.
             */
            endsOn?: string | null;
            note?: string | null;
        };
        ContactPartyResponse: {
            /** Format: uuid */
            id: string;
            readable: boolean;
            /** @example C-000123 */
            number?: string;
            name?: string;
            phones?: components["schemas"]["PhoneDto"][];
            emails?: components["schemas"]["EmailDto"][];
        };
        ContactResponse: {
            /** Format: uuid */
            id: string;
            company: components["schemas"]["ContactPartyResponse"];
            person: components["schemas"]["ContactPartyResponse"];
            title: string | null;
            department: string | null;
            /** @description The company’s primary contact. */
            primary: boolean;
            notes: string | null;
            /** @description Custom field values by key: the live fields the caller sees, with a value. */
            customFields?: {
                [key: string]: (string | null) | number | boolean | string[];
            };
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ContactListResponse: {
            items: components["schemas"]["ContactResponse"][];
            nextCursor: string | null;
        };
        NewContactPersonRequest: {
            /** @example 李明 */
            name: string;
            phones?: components["schemas"]["PhoneInputDto"][];
            emails?: components["schemas"]["EmailDto"][];
        };
        CreateContactRequest: {
            /** @example 采购经理 */
            title?: string | null;
            /** @example 采购部 */
            department?: string | null;
            /** @description Make this the company’s primary contact (the previous one stops being primary). A company’s first contact is primary. */
            primary?: boolean;
            notes?: string | null;
            /**
             * @description Custom field values by key (GET /custom-fields lists the fields). Unknown keys are refused; null clears a value; on create, fields left out take their defaults.
             * @example {
             *       "store_count": 12,
             *       "preferred_channel": "wechat"
             *     }
             */
            customFields?: {
                [key: string]: (string | null) | number | boolean | string[];
            };
            /**
             * Format: uuid
             * @description An existing person the caller may read. Give this or `person`.
             */
            personId?: string;
            /** @description A new person customer, created first with the duplicate check (409 with the duplicates). Give this or `personId`. */
            person?: components["schemas"]["NewContactPersonRequest"];
        };
        UpdateContactRequest: {
            /** @example 采购经理 */
            title?: string | null;
            /** @example 采购部 */
            department?: string | null;
            /** @description Make this the company’s primary contact (the previous one stops being primary). A company’s first contact is primary. */
            primary?: boolean;
            notes?: string | null;
            /**
             * @description Custom field values by key (GET /custom-fields lists the fields). Unknown keys are refused; null clears a value; on create, fields left out take their defaults.
             * @example {
             *       "store_count": 12,
             *       "preferred_channel": "wechat"
             *     }
             */
            customFields?: {
                [key: string]: (string | null) | number | boolean | string[];
            };
        };
        TagGroupResponse: {
            /** Format: uuid */
            id: string;
            /**
             * @description Stable; never changes.
             * @example geography
             */
            key: string;
            /** @example 地域 */
            name: string;
            description: string | null;
            /** @description Shipped with the product: may be renamed, not deleted. */
            builtIn: boolean;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        TagGroupListResponse: {
            items: components["schemas"]["TagGroupResponse"][];
            nextCursor: string | null;
        };
        CreateTagGroupRequest: {
            /**
             * @description Lower-case letters, digits and dashes.
             * @example channel
             */
            key: string;
            /** @example 渠道 Channel */
            name: string;
            description?: string | null;
        };
        UpdateTagGroupRequest: {
            /** @example 渠道 Channel */
            name?: string;
            description?: string | null;
        };
        TagResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            groupId: string;
            /** @example 华东 East China */
            name: string;
            /** @example #1677ff */
            color: string | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        TagListResponse: {
            items: components["schemas"]["TagResponse"][];
            nextCursor: string | null;
        };
        CreateTagRequest: {
            /**
             * Format: uuid
             * @description A live tag group.
             */
            groupId: string;
            /**
             * @description Unique within its group.
             * @example 华东 East China
             */
            name: string;
            /** @example #1677ff */
            color?: string | null;
        };
        UpdateTagRequest: {
            /**
             * Format: uuid
             * @description A live tag group.
             */
            groupId?: string;
            /**
             * @description Unique within its group.
             * @example 华东 East China
             */
            name?: string;
            /** @example #1677ff */
            color?: string | null;
        };
        ReplaceCustomerTagsRequest: {
            /** @description The customer’s tags from now on (live tags); [] removes them all. */
            tagIds: string[];
        };
        BulkTagCustomersRequest: {
            /** @description The caller must be allowed to update every one of them; otherwise 403 and nothing changes. */
            customerIds: string[];
            addTagIds?: string[];
            removeTagIds?: string[];
        };
        BulkTagCustomersResponse: {
            /** @description Customers whose tags changed. */
            changed: number;
            /** @description Tags put on customers that did not have them. */
            added: number;
            /** @description Tags taken off customers that had them. */
            removed: number;
        };
        SegmentFilter: {
            /** @description Search text. */
            q?: string;
            /** @enum {string} */
            kind?: "company" | "person";
            /** @enum {string} */
            tier?: "potential" | "intent" | "deal" | "loyal" | "churned";
            /** @enum {string} */
            role?: "customer" | "debtor" | "supplier" | "partner" | "competitor";
            /** Format: uuid */
            ownerId?: string;
            /** Format: uuid */
            teamId?: string;
            industry?: string;
            region?: string;
            /** Format: date-time */
            createdFrom?: string;
            /** Format: date-time */
            createdTo?: string;
            /** Format: date-time */
            updatedFrom?: string;
            /** Format: date-time */
            updatedTo?: string;
            /** @description Customers carrying every one of these tags (AND). Repeat: tagId=…&tagId=…. */
            tagId?: string[];
            /** @description Customers carrying at least one of these tags (OR). Combines with tagId. */
            anyTagId?: string[];
            /**
             * @description Filters customers by custom fields: by key, each value as the list's `cf.<key>` parameter takes it (see GET /customers).
             * @example {
             *       "store_count": "10..50",
             *       "region_code": "north,south"
             *     }
             */
            cf?: {
                [key: string]: string;
            };
        };
        SegmentResponse: {
            /** Format: uuid */
            id: string;
            /** @example 高价值客户 High value */
            name: string;
            description: string | null;
            /** @enum {string} */
            kind: "static" | "dynamic";
            /** @description A dynamic segment’s filters; null for a static one. */
            filter: components["schemas"]["SegmentFilter"] | null;
            /**
             * Format: uuid
             * @description Its creator (a user or an API key).
             */
            ownerId: string;
            /** @description The creator, when a user. */
            owner: components["schemas"]["NamedRef"] | null;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        SegmentListResponse: {
            items: components["schemas"]["SegmentResponse"][];
            nextCursor: string | null;
        };
        CreateSegmentRequest: {
            /** @example 高价值客户 High value */
            name: string;
            description?: string | null;
            /**
             * @description static: a list of members; dynamic: saved filters. Fixed once created.
             * @enum {string}
             */
            kind: "static" | "dynamic";
            /** @description Dynamic segments only (required there): the GET /customers filters it selects by. */
            filter?: components["schemas"]["SegmentFilter"];
        };
        UpdateSegmentRequest: {
            /** @example 高价值客户 High value */
            name?: string;
            description?: string | null;
            /** @description Dynamic segments only (required there): the GET /customers filters it selects by. */
            filter?: components["schemas"]["SegmentFilter"];
        };
        SegmentCountResponse: {
            /** @description Members the caller may read (live customers only). */
            count: number;
        };
        SegmentMembersRequest: {
            customerIds: string[];
        };
        SegmentMembersAddedResponse: {
            /** @description Customers that were not members before. */
            added: number;
        };
        SegmentMembersRemovedResponse: {
            /** @description Customers that were members. */
            removed: number;
        };
        CustomFieldLabel: {
            /** @example 门店数量 */
            zh: string;
            /** @example Store count */
            en: string;
        };
        CustomFieldHelpText: {
            /** @example 含加盟店 */
            zh: string;
            /** @example Franchised stores included */
            en: string;
        };
        CustomFieldOptionItem: {
            /**
             * @description Stable: records store it. Lower-case snake case.
             * @example tier_a
             */
            key: string;
            label: components["schemas"]["CustomFieldLabel"];
            /**
             * @description A deactivated option is no longer offered; records that have it keep it, and it still filters and exports.
             * @default true
             */
            active: boolean;
        };
        CustomFieldResponse: {
            /** Format: uuid */
            id: string;
            /**
             * @example customer
             * @enum {string}
             */
            recordType: "customer" | "contact" | "lead";
            /**
             * @description Customer fields: for companies, persons or both. Other records: both.
             * @enum {string}
             */
            appliesTo: "company" | "person" | "both";
            /**
             * @description The name of the value in customFields. Never changes.
             * @example store_count
             */
            key: string;
            /** @enum {string} */
            type: "text" | "long_text" | "number" | "currency" | "percent" | "date" | "datetime" | "boolean" | "single_select" | "multi_select" | "user" | "url" | "email" | "phone";
            label: components["schemas"]["CustomFieldLabel"];
            helpText: components["schemas"]["CustomFieldHelpText"] | null;
            required: boolean;
            /** @description Filled in when a record is created without it. */
            defaultValue: (string | null) | number | boolean | string[];
            options: components["schemas"]["CustomFieldOptionItem"][];
            min: number | null;
            max: number | null;
            hiddenFromRoles: ("sales_manager" | "sales_rep" | "channel_partner" | "service_agent" | "marketer" | "viewer")[];
            readOnlyForRoles: ("sales_manager" | "sales_rep" | "channel_partner" | "service_agent" | "marketer" | "viewer")[];
            filterable: boolean;
            sortable: boolean;
            position: number;
            version: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            deletedAt: string | null;
        };
        CustomFieldListResponse: {
            items: components["schemas"]["CustomFieldResponse"][];
            nextCursor: string | null;
        };
        CreateCustomFieldRequest: {
            /**
             * @description Fixed once created.
             * @enum {string}
             */
            recordType: "customer" | "contact" | "lead";
            /**
             * @description Customer fields only: for companies, persons or both.
             * @default both
             * @enum {string}
             */
            appliesTo?: "company" | "person" | "both";
            /**
             * @description Lower-case snake case, unique per record type (deleted fields included). Fixed once created: renaming the label never changes it.
             * @example store_count
             */
            key: string;
            /** @enum {string} */
            type: "text" | "long_text" | "number" | "currency" | "percent" | "date" | "datetime" | "boolean" | "single_select" | "multi_select" | "user" | "url" | "email" | "phone";
            label: components["schemas"]["CustomFieldLabel"];
            helpText?: components["schemas"]["CustomFieldHelpText"] | null;
            /** @default false */
            required?: boolean;
            /** @description A valid value of the field, filled in when a record is created without it. */
            defaultValue?: (string | null) | number | boolean | string[];
            /** @description Select fields: the choices, in display order. An option is never removed while records may hold it: deactivate it. */
            options?: components["schemas"]["CustomFieldOptionItem"][];
            /** @description Number, currency, percent. */
            min?: number | null;
            /** @description Number, currency, percent. */
            max?: number | null;
            /** @description Roles that do not see the field at all (reads, filters, exports). */
            hiddenFromRoles?: ("sales_manager" | "sales_rep" | "channel_partner" | "service_agent" | "marketer" | "viewer")[];
            /** @description Roles that see the field but may not change it. */
            readOnlyForRoles?: ("sales_manager" | "sales_rep" | "channel_partner" | "service_agent" | "marketer" | "viewer")[];
            /**
             * @description Offered as a list filter.
             * @default false
             */
            filterable?: boolean;
            /**
             * @description Offered as a list sort.
             * @default false
             */
            sortable?: boolean;
            /** @description Order in forms and column choosers; by default after the last field. */
            position?: number;
        };
        UpdateCustomFieldRequest: {
            /**
             * @description Customer fields only: for companies, persons or both.
             * @default both
             * @enum {string}
             */
            appliesTo?: "company" | "person" | "both";
            /** @enum {string} */
            type?: "text" | "long_text" | "number" | "currency" | "percent" | "date" | "datetime" | "boolean" | "single_select" | "multi_select" | "user" | "url" | "email" | "phone";
            label?: components["schemas"]["CustomFieldLabel"];
            helpText?: components["schemas"]["CustomFieldHelpText"] | null;
            /** @default false */
            required?: boolean;
            /** @description A valid value of the field, filled in when a record is created without it. */
            defaultValue?: (string | null) | number | boolean | string[];
            /** @description Select fields: the choices, in display order. An option is never removed while records may hold it: deactivate it. */
            options?: components["schemas"]["CustomFieldOptionItem"][];
            /** @description Number, currency, percent. */
            min?: number | null;
            /** @description Number, currency, percent. */
            max?: number | null;
            /** @description Roles that do not see the field at all (reads, filters, exports). */
            hiddenFromRoles?: ("sales_manager" | "sales_rep" | "channel_partner" | "service_agent" | "marketer" | "viewer")[];
            /** @description Roles that see the field but may not change it. */
            readOnlyForRoles?: ("sales_manager" | "sales_rep" | "channel_partner" | "service_agent" | "marketer" | "viewer")[];
            /**
             * @description Offered as a list filter.
             * @default false
             */
            filterable?: boolean;
            /**
             * @description Offered as a list sort.
             * @default false
             */
            sortable?: boolean;
            /** @description Order in forms and column choosers; by default after the last field. */
            position?: number;
        };
        PanelLayoutItem: {
            /**
             * @description The panel’s key in the console’s panel registry (letters, digits, - and _).
             * @example timeline
             */
            key: string;
            /** @description Shown with its body folded away. */
            collapsed: boolean;
            /** @description Not shown at all. */
            hidden: boolean;
        };
        PageLayoutResponse: {
            /** @enum {string} */
            page: "customer-360" | "lead-detail" | "customer-list" | "lead-list";
            /**
             * @description Where the layout comes from: the user’s own, their role’s default, or the page’s built-in layout.
             * @enum {string}
             */
            source: "user" | "role" | "built-in";
            /**
             * @description The role whose default this is (source role), else null.
             * @enum {string|null}
             */
            role: "admin" | "sales_manager" | "sales_rep" | "channel_partner" | "service_agent" | "marketer" | "viewer" | null;
            /** @description The version of the stored layout these routes write (the user’s own; on the default routes, the role’s), 0 when there is none yet. Send it as If-Match. */
            version: number;
            panels: components["schemas"]["PanelLayoutItem"][];
            /** @description The profile panel’s fields the caller may read. Built-in field names of the page and custom fields as cf.<key>; null keeps the page’s default set. */
            profileFields: string[] | null;
            /** @description The list columns the caller may read. Built-in field names of the page and custom fields as cf.<key>; null keeps the page’s default set. */
            columns: string[] | null;
            /** Format: date-time */
            updatedAt: string | null;
        };
        PageLayoutRequest: {
            /** @description Record pages: the panels in display order. Panels left out keep their default place; list pages take an empty list. */
            panels: components["schemas"]["PanelLayoutItem"][];
            /**
             * @description Record pages: the fields the profile panel shows. Built-in field names of the page and custom fields as cf.<key>; null keeps the page’s default set.
             * @example [
             *       "phones",
             *       "owner",
             *       "cf.store_count"
             *     ]
             */
            profileFields?: string[] | null;
            /**
             * @description List pages: the columns shown, in order. Built-in field names of the page and custom fields as cf.<key>; null keeps the page’s default set.
             * @example [
             *       "number",
             *       "name",
             *       "phone",
             *       "cf.store_count"
             *     ]
             */
            columns?: string[] | null;
        };
        HealthResponse: {
            /** @example ok */
            status: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Audit_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Search text. */
                q?: string;
                /** @description The kind of record, e.g. user, team, customer. */
                entity?: string;
                entityId?: string;
                actorId?: string;
                sort?: "createdAt" | "-createdAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Audit entries, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditListResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Auth_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Auth_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Auth_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogoutRequest"];
            };
        };
        responses: {
            /** @description The session of this refresh token has ended. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Auth_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Auth_updateProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProfileRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match does not match the record’s current version; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Auth_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordRequest"];
            };
        };
        responses: {
            /** @description Changed; this session goes on. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match does not match the record’s current version; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Auth_requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequest"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordResetAcceptedResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict with existing data, or the same Idempotency-Key is still being processed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Auth_confirmPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetConfirmRequest"];
            };
        };
        responses: {
            /** @description The password is set; sign in with it. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Users_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Search text. */
                q?: string;
                role?: "admin" | "sales_manager" | "sales_rep" | "channel_partner" | "service_agent" | "marketer" | "viewer";
                teamId?: string;
                active?: boolean;
                sort?: "createdAt" | "-createdAt" | "name" | "-name" | "email" | "-email";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserListResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Users_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 characters, kept 24 hours: a retry with the same key returns the first response. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /**
             * @description Conflict with existing data, or the same Idempotency-Key is still being processed.
             *
             *     Conflict with existing data, or the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Users_directory: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Search text. */
                q?: string;
                /** @description Only people with this role. */
                role?: "admin" | "sales_manager" | "sales_rep" | "channel_partner" | "service_agent" | "marketer" | "viewer";
                /** @description Only members of this team. */
                teamId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDirectoryResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Users_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Users_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description The record’s ETag (its version, e.g. "3"). A stale version gets 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (soft); the user is signed out everywhere. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict with existing data, or the same Idempotency-Key is still being processed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match does not match the record’s current version; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Users_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The record’s ETag (its version, e.g. "3"). A stale version gets 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict with existing data, or the same Idempotency-Key is still being processed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match does not match the record’s current version; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Users_restore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict with existing data, or the same Idempotency-Key is still being processed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Teams_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Search text. */
                q?: string;
                sort?: "name" | "-name" | "createdAt" | "-createdAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamListResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Teams_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 characters, kept 24 hours: a retry with the same key returns the first response. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTeamRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /**
             * @description Conflict with existing data, or the same Idempotency-Key is still being processed.
             *
             *     Conflict with existing data, or the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Teams_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Teams_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description The record’s ETag (its version, e.g. "3"). A stale version gets 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (soft). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match does not match the record’s current version; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Teams_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The record’s ETag (its version, e.g. "3"). A stale version gets 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTeamRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict with existing data, or the same Idempotency-Key is still being processed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match does not match the record’s current version; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Teams_restore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict with existing data, or the same Idempotency-Key is still being processed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    DealerOrgs_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Search text. */
                q?: string;
                sort?: "name" | "-name" | "createdAt" | "-createdAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealerOrgListResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    DealerOrgs_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 characters, kept 24 hours: a retry with the same key returns the first response. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDealerOrgRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealerOrgResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /**
             * @description Conflict with existing data, or the same Idempotency-Key is still being processed.
             *
             *     Conflict with existing data, or the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    DealerOrgs_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealerOrgResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    DealerOrgs_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description The record’s ETag (its version, e.g. "3"). A stale version gets 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (soft). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match does not match the record’s current version; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    DealerOrgs_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The record’s ETag (its version, e.g. "3"). A stale version gets 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDealerOrgRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealerOrgResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict with existing data, or the same Idempotency-Key is still being processed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match does not match the record’s current version; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    DealerOrgs_restore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealerOrgResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict with existing data, or the same Idempotency-Key is still being processed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    ApiKeys_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Search text. */
                q?: string;
                sort?: "createdAt" | "-createdAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyListResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    ApiKeys_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 characters, kept 24 hours: a retry with the same key returns the first response. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyRequest"];
            };
        };
        responses: {
            /** @description The key is in `key`, shown this once. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKeyResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict with existing data, or the same Idempotency-Key is still being processed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    ApiKeys_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    ApiKeys_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked: the key stops working at once. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    CustomerExport_export: {
        parameters: {
            query?: {
                /** @description Search text. */
                q?: string;
                kind?: "company" | "person";
                tier?: "potential" | "intent" | "deal" | "loyal" | "churned";
                role?: "customer" | "debtor" | "supplier" | "partner" | "competitor";
                ownerId?: string;
                teamId?: string;
                industry?: string;
                region?: string;
                createdFrom?: string;
                createdTo?: string;
                updatedFrom?: string;
                updatedTo?: string;
                /** @description Customers carrying every one of these tags (AND). Repeat: tagId=…&tagId=…. */
                tagId?: string[];
                /** @description Customers carrying at least one of these tags (OR). Combines with tagId. */
                anyTagId?: string[];
                /** @description Members of this segment the caller may read (a static list, or a dynamic segment’s stored filters). 400 if the caller may not read the segment. */
                segmentId?: string;
                /** @description Filters customers by a custom field flagged filterable that the caller sees: one parameter per field, `cf.<key>=<value>` (fields combine with AND). By type: text, long_text, url, email, phone — the value, matched without regard to case (e-mail and phone normalised as stored); single_select — `a,b`: any of these option keys; multi_select — `a,b`: holds any of them; boolean — `true` or `false`; user — user ids, comma-separated; number, currency, percent, date, datetime — a value, or a range `lo..hi`, `lo..` or `..hi` (bounds inclusive; a date bound of a datetime field is the whole day). Every type: `empty` (no value) or `!empty` (a value). A key that is unknown, hidden from the caller or not filterable, or a value that does not fit the type, answers 400 naming the parameter. */
                "cf.<key>"?: string;
                /** @description A field to sort by, `-` first for descending; or `cf.<key>` / `-cf.<key>` for a custom field flagged sortable that the caller sees (rows without a value come last either way; the id breaks ties). */
                sort?: string & (("createdAt" | "-createdAt" | "updatedAt" | "-updatedAt" | "name" | "-name" | "number" | "-number") | string);
                format?: "csv" | "xlsx";
                /** @description The language of headers and values; by default the Accept-Language header, else the user's saved language, else zh-CN. Times are in China time (Asia/Shanghai). */
                lang?: "zh-CN" | "en";
                /** @description The IANA time zone the file shows times in. */
                timezone?: string;
            };
            header?: {
                /** @description zh-CN or en: the language of the file when `lang` is not given. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The filtered list as a file, streamed: only customers and fields the caller may read. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Customers_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Search text. */
                q?: string;
                kind?: "company" | "person";
                tier?: "potential" | "intent" | "deal" | "loyal" | "churned";
                role?: "customer" | "debtor" | "supplier" | "partner" | "competitor";
                ownerId?: string;
                teamId?: string;
                industry?: string;
                region?: string;
                createdFrom?: string;
                createdTo?: string;
                updatedFrom?: string;
                updatedTo?: string;
                /** @description Customers carrying every one of these tags (AND). Repeat: tagId=…&tagId=…. */
                tagId?: string[];
                /** @description Customers carrying at least one of these tags (OR). Combines with tagId. */
                anyTagId?: string[];
                /** @description Members of this segment the caller may read (a static list, or a dynamic segment’s stored filters). 400 if the caller may not read the segment. */
                segmentId?: string;
                /** @description Filters customers by a custom field flagged filterable that the caller sees: one parameter per field, `cf.<key>=<value>` (fields combine with AND). By type: text, long_text, url, email, phone — the value, matched without regard to case (e-mail and phone normalised as stored); single_select — `a,b`: any of these option keys; multi_select — `a,b`: holds any of them; boolean — `true` or `false`; user — user ids, comma-separated; number, currency, percent, date, datetime — a value, or a range `lo..hi`, `lo..` or `..hi` (bounds inclusive; a date bound of a datetime field is the whole day). Every type: `empty` (no value) or `!empty` (a value). A key that is unknown, hidden from the caller or not filterable, or a value that does not fit the type, answers 400 naming the parameter. */
                "cf.<key>"?: string;
                /** @description A field to sort by, `-` first for descending; or `cf.<key>` / `-cf.<key>` for a custom field flagged sortable that the caller sees (rows without a value come last either way; the id breaks ties). */
                sort?: string & (("createdAt" | "-createdAt" | "updatedAt" | "-updatedAt" | "name" | "-name" | "number" | "-number") | string);
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Only customers the caller may read. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerListResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Customers_create: {
        parameters: {
            query?: {
                /** @description Save although similar customers exist (warn rules). Blocking rules still refuse. */
                acknowledgeDuplicates?: boolean;
            };
            header?: {
                /** @description Up to 255 characters, kept 24 hours: a retry with the same key returns the first response. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCustomerRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /**
             * @description Conflict with existing data, or the same Idempotency-Key is still being processed.
             *
             *     Conflict with existing data, or the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Customers_checkDuplicates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DuplicateCheckRequest"];
            };
        };
        responses: {
            /** @description Possible duplicates among all customers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DuplicateCheckResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Customers_transferMany: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkTransferRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkTransferResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Customers_byNumber: {
        parameters: {
            query: {
                /** @description The customer number, as shown on the customer. */
                number: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Location: the customer with this number (or its survivor). */
            308: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Customers_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerResponse"];
                };
            };
            /** @description Merged away: Location is the surviving customer. */
            308: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Customers_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description The record’s ETag (its version, e.g. "3"). A stale version gets 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (soft); restore brings it back. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match does not match the record’s current version; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Customers_update: {
        parameters: {
            query?: {
                /** @description Save although similar customers exist (warn rules). Blocking rules still refuse. */
                acknowledgeDuplicates?: boolean;
            };
            header?: {
                /** @description The record’s ETag (its version, e.g. "3"). A stale version gets 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCustomerRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict with existing data, or the same Idempotency-Key is still being processed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match does not match the record’s current version; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Customers_merge: {
        parameters: {
            query?: never;
            header?: {
                /** @description The record’s ETag (its version, e.g. "3"). A stale version gets 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeCustomersRequest"];
            };
        };
        responses: {
            /** @description The survivor, with the duplicate merged in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match does not match the record’s current version; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Customers_restore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict with existing data, or the same Idempotency-Key is still being processed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Customers_transfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferCustomerRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    CustomerTimeline_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Search text. */
                q?: string;
                /** @description Only these kinds. */
                kind?: ("call" | "email" | "meeting" | "visit" | "note" | "created" | "owner-changed" | "tier-changed" | "merged" | "imported" | "restored" | "relationship-added" | "relationship-changed" | "relationship-removed" | "assigned" | "status-changed" | "converted" | "lead-history")[];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Interactions and system events, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineListResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    CustomerTimeline_log: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 characters, kept 24 hours: a retry with the same key returns the first response. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogInteractionRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineEventResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict with existing data, or the same Idempotency-Key is still being processed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    DuplicateRules_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DuplicateRulesBody"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    DuplicateRules_replace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DuplicateRulesRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DuplicateRulesBody"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict with existing data, or the same Idempotency-Key is still being processed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Imports_upload: {
        parameters: {
            query?: {
                /** @description The text encoding to read the CSV file in, instead of the detected one: utf-8, utf-16le, utf-16be, gb18030 (also GBK and GB2312) or big5. */
                encoding?: "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "big5";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadImportForm"];
            };
        };
        responses: {
            /** @description Uploaded: the first rows and a suggested mapping to customer fields. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportPreviewResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Error */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Imports_uploadLeads: {
        parameters: {
            query?: {
                /** @description The text encoding to read the CSV file in, instead of the detected one: utf-8, utf-16le, utf-16be, gb18030 (also GBK and GB2312) or big5. */
                encoding?: "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "big5";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadImportForm"];
            };
        };
        responses: {
            /** @description Uploaded: the first rows and a suggested mapping to lead fields. Rows without an owner are assigned by the assignment rules; duplicates are matched on normalized phone and email against live leads. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportPreviewResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Error */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Imports_preview: {
        parameters: {
            query?: never;
            header?: {
                /** @description The record’s ETag (its version, e.g. "3"). A stale version gets 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreviewImportRequest"];
            };
        };
        responses: {
            /** @description Reads the uploaded CSV file again in another encoding: the headers and first rows as they read in it. Bytes not valid in it: 400. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportPreviewResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict with existing data, or the same Idempotency-Key is still being processed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match does not match the record’s current version; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Imports_start: {
        parameters: {
            query?: never;
            header?: {
                /** @description The record’s ETag (its version, e.g. "3"). A stale version gets 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartImportRequest"];
            };
        };
        responses: {
            /** @description Queued: poll GET /imports/{id} for progress. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict with existing data, or the same Idempotency-Key is still being processed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match does not match the record’s current version; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Imports_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Imports_skipped: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rows the import skipped (e.g. duplicates in skip mode), each with the reason, in row order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkippedRowsResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Imports_errors: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rejected rows: row, column, reason. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Notifications_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Search text. */
                q?: string;
                /** @description Only unread ones. */
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationListResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Notifications_unreadCount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCountResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Notifications_markAllRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCountResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Notifications_markRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    LeadExport_export: {
        parameters: {
            query?: {
                /** @description Search text. */
                q?: string;
                status?: "new" | "contacted" | "qualified" | "converted" | "disqualified";
                source?: "web-form" | "social" | "phone" | "email" | "event" | "dealer" | "import" | "api" | "other";
                ownerId?: string;
                teamId?: string;
                region?: string;
                productInterest?: string;
                /** @description Only leads nobody owns (the fallback queue). */
                unassigned?: boolean;
                /** @description Leads whose next follow-up is due by then (overdue included). */
                followUpDueBy?: string;
                createdFrom?: string;
                createdTo?: string;
                /** @description Filters leads by a custom field flagged filterable that the caller sees: one parameter per field, `cf.<key>=<value>` (fields combine with AND). By type: text, long_text, url, email, phone — the value, matched without regard to case (e-mail and phone normalised as stored); single_select — `a,b`: any of these option keys; multi_select — `a,b`: holds any of them; boolean — `true` or `false`; user — user ids, comma-separated; number, currency, percent, date, datetime — a value, or a range `lo..hi`, `lo..` or `..hi` (bounds inclusive; a date bound of a datetime field is the whole day). Every type: `empty` (no value) or `!empty` (a value). A key that is unknown, hidden from the caller or not filterable, or a value that does not fit the type, answers 400 naming the parameter. */
                "cf.<key>"?: string;
                /** @description A field to sort by, `-` first for descending; or `cf.<key>` / `-cf.<key>` for a custom field flagged sortable that the caller sees (rows without a value come last either way; the id breaks ties). */
                sort?: string & (("createdAt" | "-createdAt" | "updatedAt" | "-updatedAt" | "name" | "-name" | "number" | "-number" | "score" | "-score") | string);
                format?: "csv" | "xlsx";
                /** @description The language of headers and values; by default the Accept-Language header, else the user's saved language, else zh-CN. Times are in China time (Asia/Shanghai). */
                lang?: "zh-CN" | "en";
                /** @description The IANA time zone the file shows times in. */
                timezone?: string;
            };
            header?: {
                /** @description zh-CN or en: the language of the file when `lang` is not given. */
                "Accept-Language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The filtered lead list (the same filters as GET /leads) as a file, streamed: only leads the caller may read. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Leads_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Search text. */
                q?: string;
                status?: "new" | "contacted" | "qualified" | "converted" | "disqualified";
                source?: "web-form" | "social" | "phone" | "email" | "event" | "dealer" | "import" | "api" | "other";
                ownerId?: string;
                teamId?: string;
                region?: string;
                productInterest?: string;
                /** @description Only leads nobody owns (the fallback queue). */
                unassigned?: boolean;
                /** @description Leads whose next follow-up is due by then (overdue included). */
                followUpDueBy?: string;
                createdFrom?: string;
                createdTo?: string;
                /** @description Filters leads by a custom field flagged filterable that the caller sees: one parameter per field, `cf.<key>=<value>` (fields combine with AND). By type: text, long_text, url, email, phone — the value, matched without regard to case (e-mail and phone normalised as stored); single_select — `a,b`: any of these option keys; multi_select — `a,b`: holds any of them; boolean — `true` or `false`; user — user ids, comma-separated; number, currency, percent, date, datetime — a value, or a range `lo..hi`, `lo..` or `..hi` (bounds inclusive; a date bound of a datetime field is the whole day). Every type: `empty` (no value) or `!empty` (a value). A key that is unknown, hidden from the caller or not filterable, or a value that does not fit the type, answers 400 naming the parameter. */
                "cf.<key>"?: string;
                /** @description A field to sort by, `-` first for descending; or `cf.<key>` / `-cf.<key>` for a custom field flagged sortable that the caller sees (rows without a value come last either way; the id breaks ties). */
                sort?: string & (("createdAt" | "-createdAt" | "updatedAt" | "-updatedAt" | "name" | "-name" | "number" | "-number" | "score" | "-score") | string);
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Only leads the caller may read. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadListResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Leads_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 characters, kept 24 hours: a retry with the same key returns the first response. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLeadRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict with existing data, or the same Idempotency-Key is still being processed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Leads_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Leads_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description The record’s ETag (its version, e.g. "3"). A stale version gets 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (soft); restore brings it back. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match does not match the record’s current version; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Leads_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The record’s ETag (its version, e.g. "3"). A stale version gets 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateLeadRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict with existing data, or the same Idempotency-Key is still being processed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match does not match the record’s current version; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Leads_restore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Leads_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignLeadRequest"];
            };
        };
        responses: {
            /** @description On the timeline; the new owner is notified. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Leads_conversionCandidatesOf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversionCandidatesResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Leads_convert: {
        parameters: {
            query?: never;
            header?: {
                /** @description The record’s ETag (its version, e.g. "3"). A stale version gets 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConvertLeadRequest"];
            };
        };
        responses: {
            /** @description Runs the customers’ duplicate check first: 409 with `duplicates` unless customerId links to one or acknowledgeDuplicates is set (blocking rules still refuse). All or nothing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConvertLeadResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict with existing data, or the same Idempotency-Key is still being processed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match does not match the record’s current version; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    LeadTimeline_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Search text. */
                q?: string;
                /** @description Only these kinds. */
                kind?: ("call" | "email" | "meeting" | "visit" | "note" | "created" | "owner-changed" | "tier-changed" | "merged" | "imported" | "restored" | "relationship-added" | "relationship-changed" | "relationship-removed" | "assigned" | "status-changed" | "converted" | "lead-history")[];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Interactions, assignments and status changes, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineListResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    LeadTimeline_log: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 characters, kept 24 hours: a retry with the same key returns the first response. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogInteractionRequest"];
            };
        };
        responses: {
            /** @description Logged; a new lead becomes contacted, and the activity raises its score. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineEventResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict with existing data, or the same Idempotency-Key is still being processed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    LeadSettings_assignmentRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentRulesResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    LeadSettings_replaceAssignmentRules: {
        parameters: {
            query?: never;
            header?: {
                /** @description The record’s ETag (its version, e.g. "3"). A stale version gets 412 and changes nothing. */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignmentRulesBody"];
            };
        };
        responses: {
            /** @description Replaces the whole ordered list (reordering included). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentRulesResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match does not match the record’s current version; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    LeadSettings_testAssignment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignmentTestRequest"];
            };
        };
        responses: {
            /** @description Which rule a sample lead would match and who would get it; assigns nothing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentTestResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    LeadSettings_scoring: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadScoringBody"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    LeadSettings_replaceScoring: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LeadScoringBody"];
            };
        };
        responses: {
            /** @description Applies to leads scored from now on. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LeadScoringBody"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Tasks_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Search text. */
                q?: string;
                status?: "open" | "in-progress" | "done" | "cancelled";
                priority?: "low" | "normal" | "high" | "urgent";
                assigneeId?: string;
                customerId?: string;
                leadId?: string;
                /** @description Only open and in-progress tasks. */
                open?: boolean;
                /** @description Due before this time. */
                dueBefore?: string;
                /** @description Due at or after this time. */
                dueAfter?: string;
                /** @description `dueAt`: soonest first, tasks without a due time last. */
                sort?: "dueAt" | "-dueAt" | "createdAt" | "-createdAt" | "updatedAt" | "-updatedAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tasks assigned to the caller and tasks on records the caller may read. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskListResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Tasks_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 characters, kept 24 hours: a retry with the same key returns the first response. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTaskRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict with existing data, or the same Idempotency-Key is still being processed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Tasks_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Tasks_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description The record’s ETag (its version, e.g. "3"). A stale version gets 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (soft); restore brings it back. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match does not match the record’s current version; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Tasks_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The record’s ETag (its version, e.g. "3"). A stale version gets 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTaskRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match does not match the record’s current version; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Tasks_restore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Today_get: {
        parameters: {
            query?: {
                /** @description The caller’s time zone: “today” ends at its midnight. */
                timezone?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Only the caller’s own work. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TodayResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Today_snoozeCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SnoozeCustomerFollowUpRequest"];
            };
        };
        responses: {
            /** @description The follow-up moved (or was no longer due). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    WebForms_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Search text. */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebFormListResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    WebForms_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 characters, kept 24 hours: a retry with the same key returns the first response. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebFormRequest"];
            };
        };
        responses: {
            /** @description With its public key and snippet. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebFormResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict with existing data, or the same Idempotency-Key is still being processed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    WebForms_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebFormResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    WebForms_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description The record’s ETag (its version, e.g. "3"). A stale version gets 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (soft): the form takes no more submissions. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match does not match the record’s current version; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    WebForms_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The record’s ETag (its version, e.g. "3"). A stale version gets 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebFormRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebFormResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match does not match the record’s current version; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    WebForms_restore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebFormResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    WebFormSubmissions_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        /** @description The form’s fields, URL-encoded (a plain HTML form) or JSON. Only mapped fields and the (empty) honeypot are accepted. */
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: string;
                };
            };
        };
        responses: {
            /** @description A lead was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionReceivedResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Rate limited; see Retry-After. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    WebFormSubmissions_preflight: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CORS preflight: allowed for the form’s origins only. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    RelationshipTypes_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                sort?: "key" | "-key" | "createdAt" | "-createdAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelationshipTypeListResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    RelationshipTypes_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 characters, kept 24 hours: a retry with the same key returns the first response. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRelationshipTypeRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelationshipTypeResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /**
             * @description Conflict with existing data, or the same Idempotency-Key is still being processed.
             *
             *     Conflict with existing data, or the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    RelationshipTypes_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelationshipTypeResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    RelationshipTypes_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description The record’s ETag (its version, e.g. "3"). A stale version gets 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (soft). Built-in types and types still in use answer 409. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict with existing data, or the same Idempotency-Key is still being processed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match does not match the record’s current version; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    RelationshipTypes_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The record’s ETag (its version, e.g. "3"). A stale version gets 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRelationshipTypeRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelationshipTypeResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match does not match the record’s current version; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    RelationshipTypes_restore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelationshipTypeResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict with existing data, or the same Idempotency-Key is still being processed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    CustomerRelationships_graph: {
        parameters: {
            query?: {
                /** @description How many steps out. */
                depth?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customers related to this one, up to `depth` steps away, and the edges between them. Customers the caller may not read appear as { id, readable: false } only. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelationshipGraphResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    CustomerRelationships_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 characters, kept 24 hours: a retry with the same key returns the first response. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRelationshipRequest"];
            };
        };
        responses: {
            /** @description Needs update on this customer and read on the other. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelationshipResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /**
             * @description Conflict with existing data, or the same Idempotency-Key is still being processed.
             *
             *     Conflict with existing data, or the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Relationships_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelationshipResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Relationships_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description The record’s ETag (its version, e.g. "3"). A stale version gets 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (soft); it leaves the graph. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match does not match the record’s current version; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Relationships_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The record’s ETag (its version, e.g. "3"). A stale version gets 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRelationshipRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelationshipResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict with existing data, or the same Idempotency-Key is still being processed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match does not match the record’s current version; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Relationships_restore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Brings a deleted relationship back, checked as if it were added again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelationshipResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict with existing data, or the same Idempotency-Key is still being processed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    CustomerContacts_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description For a company: its people. For a person: the companies they are a contact of. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactListResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    CustomerContacts_create: {
        parameters: {
            query?: {
                /** @description Save although similar customers exist (warn rules). Blocking rules still refuse. */
                acknowledgeDuplicates?: boolean;
            };
            header?: {
                /** @description Up to 255 characters, kept 24 hours: a retry with the same key returns the first response. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContactRequest"];
            };
        };
        responses: {
            /** @description Adds an existing person (personId) or a new one (person, created with the duplicate check: 409 lists the duplicates). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /**
             * @description Conflict with existing data, or the same Idempotency-Key is still being processed.
             *
             *     Conflict with existing data, or the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Contacts_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Contacts_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description The record’s ETag (its version, e.g. "3"). A stale version gets 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (soft); the person stays a customer. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match does not match the record’s current version; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Contacts_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The record’s ETag (its version, e.g. "3"). A stale version gets 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateContactRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match does not match the record’s current version; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Contacts_restore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict with existing data, or the same Idempotency-Key is still being processed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    TagGroups_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Search text. */
                q?: string;
                sort?: "name" | "-name" | "createdAt" | "-createdAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagGroupListResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    TagGroups_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 characters, kept 24 hours: a retry with the same key returns the first response. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTagGroupRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagGroupResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /**
             * @description Conflict with existing data, or the same Idempotency-Key is still being processed.
             *
             *     Conflict with existing data, or the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    TagGroups_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagGroupResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    TagGroups_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description The record’s ETag (its version, e.g. "3"). A stale version gets 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (soft). Built-in groups and groups that still have tags: 409. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict with existing data, or the same Idempotency-Key is still being processed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match does not match the record’s current version; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    TagGroups_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The record’s ETag (its version, e.g. "3"). A stale version gets 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTagGroupRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagGroupResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict with existing data, or the same Idempotency-Key is still being processed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match does not match the record’s current version; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    TagGroups_restore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagGroupResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict with existing data, or the same Idempotency-Key is still being processed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Tags_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Search text. */
                q?: string;
                /** @description Only the tags of this group. */
                groupId?: string;
                sort?: "name" | "-name" | "createdAt" | "-createdAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagListResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Tags_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 characters, kept 24 hours: a retry with the same key returns the first response. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTagRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /**
             * @description Conflict with existing data, or the same Idempotency-Key is still being processed.
             *
             *     Conflict with existing data, or the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Tags_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Tags_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description The record’s ETag (its version, e.g. "3"). A stale version gets 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (soft): it leaves every customer response and filter; restore brings it back. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match does not match the record’s current version; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Tags_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The record’s ETag (its version, e.g. "3"). A stale version gets 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTagRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict with existing data, or the same Idempotency-Key is still being processed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match does not match the record’s current version; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Tags_restore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict with existing data, or the same Idempotency-Key is still being processed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    CustomerTags_replace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplaceCustomerTagsRequest"];
            };
        };
        responses: {
            /** @description The customer with its new tags. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    CustomerTags_bulk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkTagCustomersRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkTagCustomersResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Segments_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Search text. */
                q?: string;
                kind?: "static" | "dynamic";
                /** @description Segments created by this user. */
                ownerId?: string;
                sort?: "name" | "-name" | "createdAt" | "-createdAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller’s own segments; marketers and admins see all. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentListResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Segments_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 characters, kept 24 hours: a retry with the same key returns the first response. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSegmentRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict with existing data, or the same Idempotency-Key is still being processed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Segments_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Segments_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description The record’s ETag (its version, e.g. "3"). A stale version gets 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (soft); restore brings it back. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match does not match the record’s current version; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Segments_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The record’s ETag (its version, e.g. "3"). A stale version gets 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSegmentRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match does not match the record’s current version; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Segments_restore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Segments_count: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counted with the caller’s own customer permissions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentCountResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Segments_addMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SegmentMembersRequest"];
            };
        };
        responses: {
            /** @description Static segments only (409 for a dynamic one). Every customer must be readable by the caller, else 403 and none are added. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentMembersAddedResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict with existing data, or the same Idempotency-Key is still being processed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Segments_removeMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SegmentMembersRequest"];
            };
        };
        responses: {
            /** @description Static segments only (409 for a dynamic one). The ids go in the JSON body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SegmentMembersRemovedResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict with existing data, or the same Idempotency-Key is still being processed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    CustomFields_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Search text. */
                q?: string;
                /** @description Only this record type’s fields. */
                recordType?: "customer" | "contact" | "lead";
                /** @description Admins: the deleted fields (to restore one) instead of the live ones. */
                deleted?: boolean;
                sort?: "position" | "-position" | "key" | "-key" | "createdAt" | "-createdAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomFieldListResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    CustomFields_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Up to 255 characters, kept 24 hours: a retry with the same key returns the first response. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCustomFieldRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomFieldResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /**
             * @description Conflict with existing data, or the same Idempotency-Key is still being processed.
             *
             *     Conflict with existing data, or the same Idempotency-Key is still being processed.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The Idempotency-Key was used before with a different body. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    CustomFields_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomFieldResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    CustomFields_remove: {
        parameters: {
            query?: never;
            header?: {
                /** @description The record’s ETag (its version, e.g. "3"). A stale version gets 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (soft): records keep their values, and a restore brings them back. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match does not match the record’s current version; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    CustomFields_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description The record’s ETag (its version, e.g. "3"). A stale version gets 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCustomFieldRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomFieldResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Conflict with existing data, or the same Idempotency-Key is still being processed. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match does not match the record’s current version; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    CustomFields_restore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomFieldResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The record does not exist, or the caller may not read it. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    MyLayouts_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The page: customer-360 and lead-detail (panels, profile fields), customer-list and lead-list (columns). */
                page: "customer-360" | "lead-detail" | "customer-list" | "lead-list";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageLayoutResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    MyLayouts_replace: {
        parameters: {
            query?: never;
            header?: {
                /** @description The record’s ETag (its version, e.g. "3"). A stale version gets 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                /** @description The page: customer-360 and lead-detail (panels, profile fields), customer-list and lead-list (columns). */
                page: "customer-360" | "lead-detail" | "customer-list" | "lead-list";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PageLayoutRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageLayoutResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match does not match the record’s current version; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    MyLayouts_reset: {
        parameters: {
            query?: never;
            header?: {
                /** @description The record’s ETag (its version, e.g. "3"). A stale version gets 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                /** @description The page: customer-360 and lead-detail (panels, profile fields), customer-list and lead-list (columns). */
                page: "customer-360" | "lead-detail" | "customer-list" | "lead-list";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reset: the page shows the role default again. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match does not match the record’s current version; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    DefaultLayouts_get: {
        parameters: {
            query: {
                /** @description The role whose default layout this is. */
                role: "admin" | "sales_manager" | "sales_rep" | "channel_partner" | "service_agent" | "marketer" | "viewer";
            };
            header?: never;
            path: {
                /** @description The page: customer-360 and lead-detail (panels, profile fields), customer-list and lead-list (columns). */
                page: "customer-360" | "lead-detail" | "customer-list" | "lead-list";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageLayoutResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    DefaultLayouts_replace: {
        parameters: {
            query: {
                /** @description The role whose default layout this is. */
                role: "admin" | "sales_manager" | "sales_rep" | "channel_partner" | "service_agent" | "marketer" | "viewer";
            };
            header?: {
                /** @description The record’s ETag (its version, e.g. "3"). A stale version gets 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                /** @description The page: customer-360 and lead-detail (panels, profile fields), customer-list and lead-list (columns). */
                page: "customer-360" | "lead-detail" | "customer-list" | "lead-list";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PageLayoutRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PageLayoutResponse"];
                };
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match does not match the record’s current version; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    DefaultLayouts_reset: {
        parameters: {
            query: {
                /** @description The role whose default layout this is. */
                role: "admin" | "sales_manager" | "sales_rep" | "channel_partner" | "service_agent" | "marketer" | "viewer";
            };
            header?: {
                /** @description The record’s ETag (its version, e.g. "3"). A stale version gets 412 and changes nothing. */
                "If-Match"?: string;
            };
            path: {
                /** @description The page: customer-360 and lead-detail (panels, profile fields), customer-list and lead-list (columns). */
                page: "customer-360" | "lead-detail" | "customer-list" | "lead-list";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reset: the role gets the built-in layout again. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: unknown fields, wrong types or values (problem+json lists the fields). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Not signed in, or the token or API key is invalid, expired or revoked. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Signed in, but the action is not allowed. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description If-Match does not match the record’s current version; nothing was changed. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The body is larger than the limit. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Health_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is alive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            /** @description The request could not be read (e.g. a malformed URL). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
    Health_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The database answers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            /** @description The request could not be read (e.g. a malformed URL). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description Unexpected error; quote the requestId when reporting it. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
            /** @description The database is not reachable. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemResponse"];
                };
            };
        };
    };
}
